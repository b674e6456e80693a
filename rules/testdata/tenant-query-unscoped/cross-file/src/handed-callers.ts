import { prisma } from "./db";
import {
  getCustomerConstructed,
  getCustomerDeep,
  assertCustomerConstructed,
  assertCustomerDeep,
  firstCustomerDeep,
  HandingService,
} from "./customers/handed";

// Each helper hands what it checked to code the rule cannot read before
// it returns: reported, as a helper calling a function it imports is.

export async function linkCheckedConstructed(organizationId: string, customerId: string) {
  const customer = await getCustomerConstructed(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkCheckedDeep(organizationId: string, customerId: string) {
  const customer = await getCustomerDeep(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function renameAssertedConstructed(organizationId: string, customerId: string) {
  await assertCustomerConstructed(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

export async function renameAssertedDeep(organizationId: string, customerId: string) {
  await assertCustomerDeep(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

export async function linkAssertedRowDeep(organizationId: string, customerId: string) {
  const customer = await assertCustomerDeep(organizationId, customerId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkFirstDeep(organizationId: string) {
  const customer = await firstCustomerDeep(organizationId);
  if (!customer) throw new Error("none yet");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function renameVerifiedDeep(organizationId: string, customerId: string) {
  const customer = await HandingService.verify(organizationId, customerId);
  await prisma.customer.update({ where: { id: customer.id }, data: {} }); // want "update on tenant-scoped \"Customer\""
}
