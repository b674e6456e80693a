import { prisma } from "./db";

// A foreign key given as a scalar links the row as connect does: any
// organization's Customer whose id the body names.
export async function createWithKey(organizationId: string, customerId: string) {
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone; look it up with the tenant first, or connect it by \\{ id, organizationId \\}"
  await prisma.integration.create({ data: { organizationId, customerId: customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The id of a Customer looked up with the tenant and tested.
export async function createWithFoundKey(organizationId: string, customerId: string) {
  const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
  if (!customer) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
  await prisma.integration.create({ data: { organizationId, customerId } });
}

// Looked up without the tenant, or never tested: not proven.
export async function createWithUncheckedKey(organizationId: string, customerId: string) {
  const customer = await prisma.customer.findUnique({ where: { id: customerId } }); // want "findUnique on tenant-scoped \"Customer\""
  if (!customer) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// A row fetched by id and compared with the tenant before the write.
export async function updateWithComparedKey(organizationId: string, id: string, customerId: string) {
  const customer = await prisma.customer.findUnique({ where: { id: customerId } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.update({ where: { id, organizationId }, data: { customerId } });
}

// The comparison only logs.
export async function updateWithLoggedKey(organizationId: string, id: string, customerId: string) {
  const customer = await prisma.customer.findUnique({ where: { id: customerId } }); // want "findUnique on tenant-scoped \"Customer\""
  if (customer?.organizationId !== organizationId) console.warn("other org");
  await prisma.integration.update({ where: { id, organizationId }, data: { customerId } }); // want "update on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// A Customer created in the tenant just before.
export async function createWithCreatedKey(organizationId: string) {
  const customer = await prisma.customer.create({ data: { organizationId } });
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

// A row written into the tenant of the row its key links.
export async function createForCustomer(customer: { id: string; organizationId: string }, other: { organizationId: string }) {
  await prisma.integration.create({ data: { organizationId: customer.organizationId, customerId: customer.id } });
  await prisma.integration.create({ data: { organizationId: other.organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Spread data beside the key (cal.com's `{ ...data, attributeId }`).
export async function createFromSpread(organizationId: string, customerId: string, data: { id: string }) {
  await prisma.integration.create({ data: { ...data, organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone" "cannot see what create on \"Integration\" links through this spread"
  const customer = await prisma.customer.findFirstOrThrow({ where: { id: customerId, organizationId } });
  await prisma.integration.create({ data: { ...data, organizationId, customerId: customer.id } }); // want "cannot see what create on \"Integration\" links through this spread"
}

// The many-row writes set keys too; their rows are each judged.
export async function createMany(organizationId: string, customerIds: string[], customerId: string) {
  await prisma.integration.createMany({ data: customerIds.map((c) => ({ organizationId, customerId: c })) }); // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  await prisma.integration.createMany({ data: [{ organizationId, customerId }] }); // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  await prisma.integration.updateMany({ where: { organizationId }, data: { customerId } }); // want "updateMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
  if (!customer) return;
  await prisma.integration.createMany({ data: [{ organizationId, customerId: customer.id }] });
  await prisma.integration.updateMany({ where: { organizationId }, data: { customerId: customer.id } });
}

// Nested writes: a join row created under a Webhook links an Integration
// by its key (postiz's webhooks).
export async function createWebhook(organizationId: string, integrations: string[]) {
  await prisma.webhook.create({
    data: {
      organizationId,
      integrations: { create: integrations.map((integrationId) => ({ integrationId })) }, // want "create on \"Webhook\" links a \"Integration\" by \"integrationId\" alone"
    },
  });
  await prisma.webhook.create({
    data: {
      organizationId,
      integrations: { createMany: { data: integrations.map((integrationId) => ({ integrationId })) } }, // want "create on \"Webhook\" links a \"Integration\" by \"integrationId\" alone"
    },
  });
  const valid = await prisma.integration.findMany({ where: { organizationId, id: { in: integrations } } });
  await prisma.webhook.create({
    data: {
      organizationId,
      integrations: { create: valid.map((i) => ({ integrationId: i.id })) },
    },
  });
}

// Upserts set keys on both sides.
export async function upsertWithKey(organizationId: string, id: string, customerId: string) {
  await prisma.integration.upsert({
    where: { id, organizationId },
    create: { id, organizationId, customerId }, // want "upsert on \"Integration\" links a \"Customer\" by \"customerId\" alone"
    update: { customerId: null },
  });
}

// The row's own tenant field is the compiler's and the where's to judge,
// not a link.
export async function moveIntegration(id: string, organizationId: string, other: string) {
  await prisma.integration.update({ where: { id, organizationId }, data: { organizationId: other } });
  await prisma.integration.update({ where: { id, organizationId }, data: { customerId: undefined } });
}

// Keys mapped from rows: those of a lookup with the tenant, not those of
// the list given.
export async function createJoinRows(organizationId: string, id: string, integrations: string[]) {
  const webhook = await prisma.webhook.findFirstOrThrow({ where: { id, organizationId } });
  const webhookId = webhook.id;
  const valid = await prisma.integration.findMany({ where: { organizationId, id: { in: integrations } }, select: { id: true } });
  const validIds = valid.map((i) => i.id);
  await prisma.integrationsWebhooks.createMany({ data: validIds.map((integrationId) => ({ integrationId, webhookId })) });
  await prisma.integrationsWebhooks.createMany({ data: valid.map((i) => ({ integrationId: i.id, webhookId })) });
  await prisma.integrationsWebhooks.createMany({ data: integrations.map((integrationId) => ({ integrationId, webhookId })) }); // want "createMany on \"IntegrationsWebhooks\" links a \"Integration\" by \"integrationId\" alone"
  const any = await prisma.integration.findMany({ where: { id: { in: integrations } }, select: { id: true } }); // want "findMany on tenant-scoped \"Integration\""
  await prisma.integrationsWebhooks.createMany({ data: any.map((i) => ({ integrationId: i.id, webhookId })) }); // want "createMany on \"IntegrationsWebhooks\" links a \"Integration\" by \"integrationId\" alone"
}

// A typed declaration of a row created in the tenant (cal.com's
// `const workflow: Workflow = await prisma.workflow.create(…)`); a create
// whose tenant may be left out proves nothing.
export async function createTyped(organizationId: string, other?: string) {
  const customer: { id: string } = await prisma.customer.create({ data: { organizationId } });
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
  const loose: { id: string } = await prisma.customer.create({ data: { organizationId: other || undefined } });
  await prisma.integration.create({ data: { organizationId, customerId: loose.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  const found: { id: string } | null = await prisma.customer.findUnique({ where: { id: organizationId } }); // want "findUnique on tenant-scoped \"Customer\""
  await prisma.integration.create({ data: { organizationId, customerId: found!.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Written into the tenant of the row found by the key it links
// (openpanel's reports); a row found by another value, or a key changed
// after the lookup, proves nothing.
export async function createForFoundCustomer(customerId: string, otherId: string) {
  const customer = await prisma.customer.findUniqueOrThrow({ where: { id: customerId } }); // want "findUniqueOrThrow on tenant-scoped \"Customer\""
  await prisma.integration.create({ data: { organizationId: customer.organizationId, customerId } });
  await prisma.integration.create({ data: { organizationId: customer.organizationId, customerId: otherId } }); // want "links a \"Customer\" by \"customerId\" alone"
  const byName = await prisma.customer.findFirstOrThrow({ where: { organizationId: otherId } });
  await prisma.integration.create({ data: { organizationId: byName.organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function createForFoundCustomerMoved(customerId: string, otherId: string) {
  const customer = await prisma.customer.findUniqueOrThrow({ where: { id: customerId } }); // want "findUniqueOrThrow on tenant-scoped \"Customer\""
  customerId = otherId;
  await prisma.integration.create({ data: { organizationId: customer.organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// A key the function gave a row it created in the tenant first
// (langfuse's automations); one created only on some path, in another
// tenant, or a name changed since, proves nothing.
export async function createWithOwnKey(organizationId: string, customerId: string, other: string, cond: boolean) {
  await prisma.$transaction(async (tx) => {
    await tx.customer.create({ data: { id: customerId, organizationId } });
    await tx.integration.create({ data: { organizationId, customerId } });
  });
  if (cond) {
    await prisma.customer.create({ data: { id: other, organizationId } });
  }
  await prisma.integration.create({ data: { organizationId, customerId: other } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function createWithOwnKeyElsewhere(organizationId: string, customerId: string, other?: string) {
  await prisma.customer.create({ data: { id: customerId, organizationId: other || undefined } });
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function createWithOwnKeyMoved(organizationId: string, customerId: string, other: string) {
  await prisma.customer.create({ data: { id: customerId, organizationId } });
  customerId = other;
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
}
