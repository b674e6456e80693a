import { prisma } from "./db";
import { getCustomerNoted, InheritingService, getCustomerDescribed, PlainService } from "./customers/handed";
import { auditing } from "./audit";
import { getCustomerThrowsCaught } from "./customers/handed";
import { getCustomerNotedField, getCustomerNotedBox, getCustomerNotedSelf, getCustomerNotedAssigned } from "./customers/handed";
import { getCustomerThrowsForbidden, getCustomerThrowsMessage, getCustomerThrowsRow, getCustomerThrowsRowTemplate, getCustomerThrowsHeld } from "./customers/handed";

// Each helper reaches unread code through code of its own file, or is a
// helper of this file that calls an import itself: reported.

export async function linkNoted(organizationId: string, customerId: string) {
  const customer = await getCustomerNoted(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkInherited(organizationId: string, customerId: string) {
  const customer = await InheritingService.verify(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkInheritedSuper(organizationId: string, customerId: string) {
  const customer = await InheritingService.verifySuper(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// A helper of the judged file itself.
async function getLocalDeep(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  auditing.deep.record(customer);
  return customer;
}

export async function linkLocalDeep(organizationId: string, customerId: string) {
  const customer = await getLocalDeep(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Twins: quiet.
export async function linkDescribed(organizationId: string, customerId: string) {
  const customer = await getCustomerDescribed(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

export async function linkPlainService(organizationId: string, customerId: string) {
  const customer = await PlainService.verify(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

// Errors thrown by the helper's check.

export async function linkThrowsForbidden(organizationId: string, customerId: string) {
  const customer = await getCustomerThrowsForbidden(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

export async function linkThrowsMessage(organizationId: string, customerId: string) {
  const customer = await getCustomerThrowsMessage(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

export async function linkThrowsRow(organizationId: string, customerId: string) {
  const customer = await getCustomerThrowsRow(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkThrowsRowTemplate(organizationId: string, customerId: string) {
  const customer = await getCustomerThrowsRowTemplate(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkThrowsHeld(organizationId: string, customerId: string) {
  const customer = await getCustomerThrowsHeld(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// A function of the helper's file handed a field of the row, or of a box.
export async function linkNotedField(organizationId: string, customerId: string) {
  const customer = await getCustomerNotedField(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

export async function linkNotedBox(organizationId: string, customerId: string) {
  const customer = await getCustomerNotedBox(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The row put in a field of its own, which is then handed on.
export async function linkNotedSelf(organizationId: string, customerId: string) {
  const customer = await getCustomerNotedSelf(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkNotedAssigned(organizationId: string, customerId: string) {
  const customer = await getCustomerNotedAssigned(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkThrowsCaught(organizationId: string, customerId: string) {
  const customer = await getCustomerThrowsCaught(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}
