import { prisma } from "./db";

// Keys read through the relations of a row found with the tenant, then
// linked again (papermark's link duplicate copies its tags).
export async function copyWebhook(organizationId: string, id: string, newId: string) {
  const webhook = await prisma.webhook.findFirst({ where: { id, organizationId }, include: { integrations: { where: { integration: { organizationId } }, select: { integration: { select: { id: true } } } } } });
  if (!webhook) throw new Error("not found");
  const { integrations } = webhook;
  const ids = integrations.map((w) => w.integration.id);
  await prisma.integrationsWebhooks.createMany({ data: ids.map((integrationId) => ({ integrationId, webhookId: newId })) }); // want "links a \"Webhook\" by \"webhookId\" alone"
  const direct = webhook.integrations.map((w) => w.integration.id);
  await prisma.integrationsWebhooks.createMany({ data: direct.map((integrationId) => ({ integrationId, webhookId: webhook.id })) });
}

// The row was found without the tenant.
export async function copyAnyWebhook(organizationId: string, id: string) {
  const webhook = await prisma.webhook.findUnique({ where: { id }, include: { integrations: { select: { integration: { select: { id: true } } } } } }); // want "findUnique on tenant-scoped \"Webhook\""
  if (!webhook) throw new Error("not found");
  const ids = webhook.integrations.map((w) => w.integration.id);
  await prisma.integrationsWebhooks.createMany({ data: ids.map((integrationId) => ({ integrationId, webhookId: webhook.id })) }); // want "links a \"Integration\" by \"integrationId\" alone" "links a \"Webhook\" by \"webhookId\" alone"
}

// The rows are the caller's, or the list grows after the map.
export async function copyGivenWebhook(organizationId: string, id: string, other: { integrations: { integration: { id: string } }[] }, more: string[]) {
  const webhook = await prisma.webhook.findFirstOrThrow({ where: { id, organizationId } });
  const { integrations } = other;
  const ids = integrations.map((w) => w.integration.id);
  await prisma.integrationsWebhooks.createMany({ data: ids.map((integrationId) => ({ integrationId, webhookId: webhook.id })) }); // want "links a \"Integration\" by \"integrationId\" alone"
  const found = await prisma.webhook.findFirstOrThrow({ where: { id, organizationId }, include: { integrations: { select: { integration: { select: { id: true } } } } } });
  const grown = found.integrations.map((w) => w.integration.id);
  grown.push(...more);
  await prisma.integrationsWebhooks.createMany({ data: grown.map((integrationId) => ({ integrationId, webhookId: webhook.id })) }); // want "links a \"Integration\" by \"integrationId\" alone"
}

declare function widenIntegrationIds(held: any): void;

// The list handed on inside an object before the write: the call may add
// another organization's id.
export async function copyHandedWebhook(organizationId: string, id: string) {
  const webhook = await prisma.webhook.findFirstOrThrow({ where: { id, organizationId }, include: { integrations: { select: { integration: { select: { id: true } } } } } });
  const ids = webhook.integrations.map((w) => w.integration.id);
  widenIntegrationIds({ ids });
  await prisma.integrationsWebhooks.createMany({ data: ids.map((integrationId) => ({ integrationId, webhookId: webhook.id })) }); // want "links a \"Integration\" by \"integrationId\" alone"
}

// Only the list's length handed on.
export async function copyCountedWebhook(organizationId: string, id: string) {
  const webhook = await prisma.webhook.findFirstOrThrow({ where: { id, organizationId }, include: { integrations: { where: { integration: { organizationId } }, select: { integration: { select: { id: true } } } } } });
  const ids = webhook.integrations.map((w) => w.integration.id);
  widenIntegrationIds({ count: ids.length });
  await prisma.integrationsWebhooks.createMany({ data: ids.map((integrationId) => ({ integrationId, webhookId: webhook.id })) });
}
