import { prisma } from "./db";
import { getCustomerWith, getCustomerRelinked, getCustomerChanged, getCustomerLoaded } from "./customers/with";

// A child row read through the relation of a row the helper checked.
export async function hookFirstIntegration(organizationId: string, customerId: string) {
  const customer = await getCustomerWith({ organizationId, customerId, include: { integrations: true } });
  const integration = customer.integrations[0];
  await prisma.webhook.create({ data: { organizationId, integrationId: integration.id } });
}

// The options given through a spread: which tenant the helper compares
// with is not read.
export async function hookSpreadOptions(organizationId: string, options: { customerId: string; organizationId: string }) {
  const customer = await getCustomerWith({ ...options, include: { integrations: true } });
  const integration = customer.integrations[0];
  await prisma.webhook.create({ data: { organizationId, integrationId: integration.id } }); // want "links a \"Integration\" by \"integrationId\" alone"
}

// A copy whose relation is the caller's own list, or changed after.
export async function hookRelinked(organizationId: string, customerId: string, integrations: any[]) {
  const customer = await getCustomerRelinked({ organizationId, customerId, integrations });
  const integration = customer.integrations[0];
  await prisma.webhook.create({ data: { organizationId, integrationId: integration.id } }); // want "links a \"Integration\" by \"integrationId\" alone"
}

export async function hookChanged(organizationId: string, customerId: string, other: any) {
  const customer = await getCustomerChanged({ organizationId, customerId, other });
  const integration = customer.integrations[0];
  await prisma.webhook.create({ data: { organizationId, integrationId: integration.id } }); // want "links a \"Integration\" by \"integrationId\" alone"
}

// A helper that does not compare the tenant.
export async function hookUnchecked(organizationId: string, customerId: string) {
  const customer = await getCustomerLoaded({ organizationId, customerId });
  const integration = customer.integrations[0];
  await prisma.webhook.create({ data: { organizationId, integrationId: integration.id } }); // want "links a \"Integration\" by \"integrationId\" alone"
}

// The row's relation replaced in the caller before the read.
export async function hookReplaced(organizationId: string, customerId: string, other: any[]) {
  const customer = await getCustomerWith({ organizationId, customerId, include: { integrations: true } });
  customer.integrations = other;
  const integration = customer.integrations[0];
  await prisma.webhook.create({ data: { organizationId, integrationId: integration.id } }); // want "links a \"Integration\" by \"integrationId\" alone"
}

// The same helper declared in this file.
async function loadCustomer({ organizationId, customerId }: { organizationId: string; customerId: string }) {
  const customer = await prisma.customer.findUnique({ where: { id: customerId }, include: { integrations: true } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  return customer;
}

export async function hookLocal(organizationId: string, customerId: string) {
  const customer = await loadCustomer({ organizationId, customerId });
  const integration = customer.integrations[0];
  await prisma.webhook.create({ data: { organizationId, integrationId: integration.id } });
}

// Given another value for the tenant the helper compares with.
export async function hookOtherTenant(organizationId: string, customerId: string) {
  const customer = await loadCustomer({ organizationId: undefined as any, customerId });
  const integration = customer.integrations[0];
  await prisma.webhook.create({ data: { organizationId, integrationId: integration.id } }); // want "links a \"Integration\" by \"integrationId\" alone"
}
