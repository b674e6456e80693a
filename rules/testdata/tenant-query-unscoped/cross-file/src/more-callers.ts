import { prisma } from "./db";
import { getCustomerComputed, getCustomerDeepConstructed, getCustomerLocalClass, getCustomerNested, getCustomerEvaluated, getCustomerNewFunction } from "./customers/handed-more";
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

export async function linkComputed(organizationId: string, customerId: string) {
  const customer = await getCustomerComputed(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkDeepConstructed(organizationId: string, customerId: string) {
  const customer = await getCustomerDeepConstructed(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkLocalClass(organizationId: string, customerId: string) {
  const customer = await getCustomerLocalClass(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkNested(organizationId: string, customerId: string) {
  const customer = await getCustomerNested(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkEvaluated(organizationId: string, customerId: string) {
  const customer = await getCustomerEvaluated(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkNewFunction(organizationId: string, customerId: string) {
  const customer = await getCustomerNewFunction(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}
