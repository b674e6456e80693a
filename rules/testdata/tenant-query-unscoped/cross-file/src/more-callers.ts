import { prisma } from "./db";
import { getCustomerImportEquals, getCustomerDefaultDeep, FieldService, getCustomerGlobal } from "./customers/handed-more";

export async function linkImportEquals(organizationId: string, customerId: string) {
  const customer = await getCustomerImportEquals(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkDefaultDeep(organizationId: string, customerId: string) {
  const customer = await getCustomerDefaultDeep(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkFieldService(organizationId: string, customerId: string) {
  const customer = await FieldService.verify(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkGlobal(organizationId: string, customerId: string) {
  const customer = await getCustomerGlobal(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}
