import { prisma } from "./db";
import { CustomerService } from "./customers";

// Each finds a Customer through CustomerService, compares its tenant and
// links it by the row's id: quiet only when the wrapper hands back the
// callback's row.

export async function linkCached(organizationId: string, customerId: string) {
  const customer = await CustomerService.id(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

export async function linkTimed(organizationId: string, customerId: string) {
  const customer = await CustomerService.timed(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

export async function linkSettled(organizationId: string, customerId: string) {
  const customer = await CustomerService.settled(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkCachedUncompared(organizationId: string, customerId: string) {
  const customer = await CustomerService.id(customerId);
  if (!customer) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkAnyId(organizationId: string, customerId: string) {
  const customer = await CustomerService.anyId(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkWithFallback(organizationId: string, customerId: string) {
  const customer = await CustomerService.withFallback(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkRemembered(organizationId: string, customerId: string) {
  const customer = await CustomerService.remembered(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkVersioned(organizationId: string, customerId: string) {
  const customer = await CustomerService.versioned(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkStamped(organizationId: string, customerId: string) {
  const customer = await CustomerService.stamped(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkRelabelled(organizationId: string, customerId: string, other: string) {
  const customer = await CustomerService.relabelled(customerId, other);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkIntegration(organizationId: string, customerId: string) {
  const customer = await CustomerService.integration(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}
