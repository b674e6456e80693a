import { prisma } from "./db";
import { getCustomerThrownInArrow, getCustomerThrownInFile, getCustomerThrownInPromise, getCustomerThrownUncaught, getCustomerThrownWithField } from "./helpers";
import { getCustomerThrownBesideCatch, getCustomerNotedGetter } from "./helpers";
import { getCustomerNotedMeta, getCustomerNotedRelation, getCustomerNotedMetaId } from "./helpers";

export async function linkThrownInArrow(organizationId: string, customerId: string) {
  const customer = await getCustomerThrownInArrow(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkThrownInFile(organizationId: string, customerId: string) {
  const customer = await getCustomerThrownInFile(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkThrownInPromise(organizationId: string, customerId: string) {
  const customer = await getCustomerThrownInPromise(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkThrownUncaught(organizationId: string, customerId: string) {
  const customer = await getCustomerThrownUncaught(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

export async function linkThrownWithField(organizationId: string, customerId: string) {
  const customer = await getCustomerThrownWithField(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkNotedMeta(organizationId: string, customerId: string) {
  const customer = await getCustomerNotedMeta(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

export async function linkNotedRelation(organizationId: string, customerId: string) {
  const customer = await getCustomerNotedRelation(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkNotedMetaId(organizationId: string, customerId: string) {
  const customer = await getCustomerNotedMetaId(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkThrownBesideCatch(organizationId: string, customerId: string, raw: string) {
  const customer = await getCustomerThrownBesideCatch(customerId, organizationId, raw);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

export async function linkNotedGetter(organizationId: string, customerId: string) {
  const customer = await getCustomerNotedGetter(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}
