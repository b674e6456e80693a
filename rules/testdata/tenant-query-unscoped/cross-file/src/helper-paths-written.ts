import { prisma } from "./db";
import { getCustomerWith } from "./customers/with";

type Customer = { integrations: { id: string }[] };

// Gives the row other integrations.
function relink(customer: Customer, other: { id: string }[]) {
  customer.integrations = other;
}
// Reads the row only.
function count(customer: Customer) {
  return customer.integrations.length;
}
// Renames the integration it is given.
function retarget(integration: { id: string }, id: string) {
  integration.id = id;
}

// The checked row handed to a helper that replaces its relation.
export async function hookRelinkedAfter(organizationId: string, customerId: string, other: { id: string }[]) {
  const customer = await getCustomerWith({ organizationId, customerId, include: { integrations: true } });
  relink(customer, other);
  const integration = customer.integrations[0];
  await prisma.webhook.create({ data: { organizationId, integrationId: integration.id } }); // want "links a \"Integration\" by \"integrationId\" alone"
}

// Quiet: one that only reads it.
export async function hookCounted(organizationId: string, customerId: string) {
  const customer = await getCustomerWith({ organizationId, customerId, include: { integrations: true } });
  count(customer);
  const integration = customer.integrations[0];
  await prisma.webhook.create({ data: { organizationId, integrationId: integration.id } });
}

// The child read through it handed to a helper that writes its key.
export async function hookRetargeted(organizationId: string, customerId: string, id: string) {
  const customer = await getCustomerWith({ organizationId, customerId, include: { integrations: true } });
  const integration = customer.integrations[0];
  retarget(integration, id);
  await prisma.webhook.create({ data: { organizationId, integrationId: integration.id } }); // want "links a \"Integration\" by \"integrationId\" alone"
}

// Quiet: a copy of the child handed to it.
export async function hookRetargetedCopy(organizationId: string, customerId: string, id: string) {
  const customer = await getCustomerWith({ organizationId, customerId, include: { integrations: true } });
  const integration = customer.integrations[0];
  retarget({ ...integration }, id);
  await prisma.webhook.create({ data: { organizationId, integrationId: integration.id } });
}
