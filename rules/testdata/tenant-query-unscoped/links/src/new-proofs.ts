import { prisma } from "./db";

// Each proof below matches a name by its text. Where an inner block, a
// loop or a callback binds that name again, or it is given another value
// after the proof's fact, the call uses a value nothing checked: every
// line here must stay reported.

type Row = { name: string; customerId: string };
type Hook = { integrations: { integration: { id: string } }[] };

// Child filter: the key checked, then a const of its name in a block.
export async function childFilterRebound(organizationId: string, integrationId: string, customerId: string, other: string) {
  const integration = await prisma.integration.findFirst({
    where: { id: integrationId, customerId, customer: { organizationId } },
  });
  if (!integration) throw new Error("not found");
  {
    const customerId = other;
    await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
  }
  for (const customerId of [other]) {
    await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
  }
  [other].forEach(async (customerId) => {
    await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
  });
}

// Child filter: the key given another value after the check.
export async function childFilterReassigned(organizationId: string, integrationId: string, customerId: string, other: string) {
  const integration = await prisma.integration.findFirst({
    where: { id: integrationId, customerId, customer: { organizationId } },
  });
  if (!integration) throw new Error("not found");
  customerId = other;
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Branch key: checked when given, then a const of its name in a block.
export async function branchKeyRebound(organizationId: string, customerId: string | undefined, other: string, flag: boolean) {
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    if (!customer) return;
  }
  if (flag) {
    const customerId = other;
    await prisma.integration.create({ data: { organizationId, customerId: customerId || null } }); // want "links a \"Customer\" by \"customerId\" alone"
  }
  [other].forEach(async (customerId) => {
    await prisma.integration.create({ data: { organizationId, customerId: customerId || null } }); // want "links a \"Customer\" by \"customerId\" alone"
  });
}

// Branch key: given another value after the check.
export async function branchKeyReassigned(organizationId: string, customerId: string | undefined, other: string) {
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    if (!customer) return;
  }
  customerId = other;
  await prisma.integration.create({ data: { organizationId, customerId: customerId || null } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Earlier test: the later if tests a const of the name in a block.
export async function earlierTestRebound(organizationId: string, id: string, customerId: string | undefined, other: string | undefined, move: boolean) {
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  if (move) {
    const customerId = other;
    if (customerId) {
      await prisma.integration.update({ where: { id, organizationId }, data: { customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
    }
  }
  await prisma.$transaction(async (tx: any, customerId?: string) => {
    if (customerId) {
      await tx.integration.update({ where: { id, organizationId }, data: { customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
    }
  });
}

// Exclusion check: the ids linked are a const of the name in a block.
export async function exclusionRebound(organizationId: string, integrationId: string, tagIds: string[], other: string[]) {
  const invalid = await prisma.tag.findMany({ where: { id: { in: tagIds }, OR: [{ organizationId: { not: organizationId } }] } }); // want "findMany on tenant-scoped \"Tag\" does not filter by the tenant"
  if (invalid.length > 0) throw new Error("invalid tags");
  {
    const tagIds = other;
    await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
  }
  [other].forEach(async (tagIds) => {
    await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
  });
}

// Exclusion check: the list given another value after the check.
export async function exclusionReassigned(organizationId: string, integrationId: string, tagIds: string[], other: string[]) {
  const invalid = await prisma.tag.findMany({ where: { id: { in: tagIds }, OR: [{ organizationId: { not: organizationId } }] } }); // want "findMany on tenant-scoped \"Tag\" does not filter by the tenant"
  if (invalid.length > 0) throw new Error("invalid tags");
  tagIds = other;
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
}

// Guarded set: the list mapped is a const of the name in the guard.
export async function guardedSetRebound(organizationId: string, customerIds: string[], other: string[]) {
  if (customerIds.length > 0) {
    const valid = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId }, select: { id: true } });
    const known = new Set(valid.map((c) => c.id));
    const unknown = customerIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new Error("invalid");
  }
  if (customerIds.length > 0) {
    const customerIds = other;
    await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
  }
}

// Guarded set: the list given another value after the check.
export async function guardedSetReassigned(organizationId: string, customerIds: string[], other: string[]) {
  if (customerIds.length > 0) {
    const valid = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId }, select: { id: true } });
    const known = new Set(valid.map((c) => c.id));
    const unknown = customerIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new Error("invalid");
  }
  customerIds = other;
  if (customerIds.length > 0) {
    await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
  }
}

// Key set: the rows written are a const of the name in a block.
export async function keySetRebound(organizationId: string, rows: Row[], other: Row[]) {
  const customerIds = [...new Set(rows.map((r) => r.customerId))];
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== customerIds.length) throw new Error("not found");
  {
    const rows = other;
    await prisma.integration.createMany({
      data: rows.map((row) => ({ organizationId, customerId: row.customerId })), // want "links a \"Customer\" by \"customerId\" alone"
    });
  }
  [other].forEach(async (rows) => {
    await prisma.integration.createMany({
      data: rows.map((row) => ({ organizationId, customerId: row.customerId })), // want "links a \"Customer\" by \"customerId\" alone"
    });
  });
}

// Key set: the rows given another value after the count.
export async function keySetReassigned(organizationId: string, rows: Row[], other: Row[]) {
  const customerIds = [...new Set(rows.map((r) => r.customerId))];
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== customerIds.length) throw new Error("not found");
  rows = other;
  await prisma.integration.createMany({
    data: rows.map((row) => ({ organizationId, customerId: row.customerId })), // want "links a \"Customer\" by \"customerId\" alone"
  });
}

// Relation rows: the ids mapped are a const of the name in a block.
export async function relationRowsRebound(organizationId: string, id: string, newId: string, other: string[], given: Hook) {
  const webhook = await prisma.webhook.findFirst({ where: { id, organizationId }, include: { integrations: { select: { integration: { select: { id: true } } } } } });
  if (!webhook) throw new Error("not found");
  const ids = webhook.integrations.map((w) => w.integration.id);
  {
    const ids = other;
    await prisma.integrationsWebhooks.createMany({ data: ids.map((integrationId) => ({ integrationId, webhookId: webhook.id })) }); // want "links a \"Integration\" by \"integrationId\" alone"
  }
  {
    const webhook = given;
    const direct = webhook.integrations.map((w) => w.integration.id);
    await prisma.integrationsWebhooks.createMany({ data: direct.map((integrationId) => ({ integrationId, webhookId: newId })) }); // want "links a \"Integration\" by \"integrationId\" alone" "links a \"Webhook\" by \"webhookId\" alone"
  }
}

// Relation rows: the row or the ids given another value after the lookup.
export async function relationRowsReassigned(organizationId: string, id: string, newId: string, other: string[], given: Hook) {
  let webhook: any = await prisma.webhook.findFirst({ where: { id, organizationId }, include: { integrations: { select: { integration: { select: { id: true } } } } } });
  if (!webhook) throw new Error("not found");
  let ids = webhook.integrations.map((w: any) => w.integration.id);
  ids = other;
  await prisma.integrationsWebhooks.createMany({ data: ids.map((integrationId: string) => ({ integrationId, webhookId: newId })) }); // want "links a \"Integration\" by \"integrationId\" alone" "links a \"Webhook\" by \"webhookId\" alone"
  webhook = given;
  const direct = webhook.integrations.map((w: any) => w.integration.id);
  await prisma.integrationsWebhooks.createMany({ data: direct.map((integrationId: string) => ({ integrationId, webhookId: newId })) }); // want "links a \"Integration\" by \"integrationId\" alone" "links a \"Webhook\" by \"webhookId\" alone"
}

// A helper's row compared with the tenant, then a const of its name.
async function getCustomerChecked(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  return customer;
}

export async function helperRowRebound(organizationId: string, customerId: string, given: { id: string }) {
  const customer = await getCustomerChecked(customerId, organizationId);
  {
    const customer = given;
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  }
  [given].forEach(async (customer) => {
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  });
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

export async function helperRowReassigned(organizationId: string, customerId: string, given: { id: string; organizationId: string }) {
  let customer = await getCustomerChecked(customerId, organizationId);
  customer = given as any;
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

async function findCustomerRow(id: string) {
  return prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\""
}

export async function helperRowComparedRebound(organizationId: string, customerId: string, given: { id: string }) {
  const customer = await findCustomerRow(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  if (customerId) {
    const customer = given;
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  }
}

// A helper that compares its row with the tenant it is given, then returns
// a const of the row's name bound in a block or a loop: not the row it
// compared.
async function getCustomerThenOther(id: string, organizationId: string, other: { id: string; organizationId: string }[]) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  if (other.length > 0) {
    const customer = other[0];
    return customer;
  }
  for (const customer of other) {
    return customer;
  }
  return customer;
}

export async function helperReturnsRebound(organizationId: string, customerId: string, other: { id: string; organizationId: string }[]) {
  const customer = await getCustomerThenOther(customerId, organizationId, other);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Key set: the count is compared with a const of the ids' name in a block,
// not with the ids looked up.
export async function keySetCountedOther(organizationId: string, rows: Row[], other: string) {
  const customerIds = [...new Set(rows.map((r) => r.customerId))];
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (rows.length > 0) {
    const customerIds = [other];
    if (found.length !== customerIds.length) throw new Error("not found");
    await prisma.integration.createMany({
      data: rows.map((row) => ({ organizationId, customerId: row.customerId })), // want "links a \"Customer\" by \"customerId\" alone"
    });
  }
}

// Exclusion check: the ids linked are a loop's variable or a destructured
// const of the checked list's name.
export async function exclusionLoopRebound(organizationId: string, integrationId: string, tagIds: string[], groups: string[][], other: { tagIds: string[] }) {
  const invalid = await prisma.tag.findMany({ where: { id: { in: tagIds }, OR: [{ organizationId: { not: organizationId } }] } }); // want "findMany on tenant-scoped \"Tag\" does not filter by the tenant"
  if (invalid.length > 0) throw new Error("invalid tags");
  for (const tagIds of groups) {
    await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
  }
  if (groups.length > 0) {
    const { tagIds } = other;
    await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
  }
  groups.forEach(async function (tagIds) {
    await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
  });
}

// The same proofs, the name bound again by a loop, a destructuring or a
// function expression's parameter: shapes no text search for `name =`
// finds.
export async function loopsAndPatterns(organizationId: string, integrationId: string, customerId: string, groups: { customerId: string; customerIds: string[]; rows: Row[] }[]) {
  const integration = await prisma.integration.findFirst({ where: { id: integrationId, customerId, customer: { organizationId } } });
  if (!integration) throw new Error("not found");
  for (const { customerId } of groups) {
    await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
  }
  if (groups.length > 0) {
    const { customerId } = groups[0];
    await prisma.integration.create({ data: { organizationId, customerId: customerId || null } }); // want "links a \"Customer\" by \"customerId\" alone"
  }
  groups.forEach(async function ({ customerId }) {
    await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
  });
}

export async function branchLoops(organizationId: string, customerId: string | undefined, groups: { customerId: string }[]) {
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    if (!customer) return;
  }
  for (const { customerId } of groups) {
    await prisma.integration.create({ data: { organizationId, customerId: customerId || null } }); // want "links a \"Customer\" by \"customerId\" alone"
  }
  groups.forEach(function ({ customerId }) {
    void prisma.integration.create({ data: { organizationId, customerId: customerId || null } }); // want "links a \"Customer\" by \"customerId\" alone"
  });
}

export async function setLoops(organizationId: string, customerIds: string[], groups: { customerIds: string[] }[]) {
  if (customerIds.length > 0) {
    const valid = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId }, select: { id: true } });
    const known = new Set(valid.map((c) => c.id));
    const unknown = customerIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new Error("invalid");
  }
  if (customerIds.length > 0) {
    for (const { customerIds } of groups) {
      await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
    }
    const { customerIds } = groups[0];
    await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
  }
}

export async function keySetLoops(organizationId: string, rows: Row[], groups: { rows: Row[] }[]) {
  const customerIds = [...new Set(rows.map((r) => r.customerId))];
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== customerIds.length) throw new Error("not found");
  for (const { rows } of groups) {
    await prisma.integration.createMany({ data: rows.map((row) => ({ organizationId, customerId: row.customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
  }
  if (groups.length > 0) {
    const { rows } = groups[0];
    await prisma.integration.createMany({ data: rows.map((row) => ({ organizationId, customerId: row.customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
  }
  groups.forEach(async function ({ rows }) {
    await prisma.integration.createMany({ data: rows.map((row) => ({ organizationId, customerId: row.customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
  });
}

export async function relationLoops(organizationId: string, id: string, newId: string, groups: { ids: string[] }[]) {
  const webhook = await prisma.webhook.findFirst({ where: { id, organizationId }, include: { integrations: { where: { integration: { organizationId } }, select: { integration: { select: { id: true } } } } } });
  if (!webhook) throw new Error("not found");
  const ids = webhook.integrations.map((w) => w.integration.id);
  for (const { ids } of groups) {
    await prisma.integrationsWebhooks.createMany({ data: ids.map((integrationId) => ({ integrationId, webhookId: webhook.id })) }); // want "links a \"Integration\" by \"integrationId\" alone"
  }
  groups.forEach(async function ({ ids }) {
    await prisma.integrationsWebhooks.createMany({ data: ids.map((integrationId) => ({ integrationId, webhookId: webhook.id })) }); // want "links a \"Integration\" by \"integrationId\" alone"
  });
  await prisma.integrationsWebhooks.createMany({ data: ids.map((integrationId) => ({ integrationId, webhookId: newId })) }); // want "links a \"Webhook\" by \"webhookId\" alone"
}

export async function helperLoops(organizationId: string, customerId: string, groups: { customer: { id: string } }[]) {
  const customer = await getCustomerChecked(customerId, organizationId);
  for (const { customer } of groups) {
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  }
  groups.forEach(async function ({ customer }) {
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  });
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

// The row's test reads a const of the row's name in an inner block: the
// lookup's row is never tested.
export async function testedOtherRow(organizationId: string, id: string, integrationId: string, customerId: string | undefined, move: boolean) {
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    {
      const customer = { id };
      if (!customer) throw new Error("not found");
    }
  }
  if (move) {
    if (customerId) {
      await prisma.integration.update({ where: { id, organizationId }, data: { customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
    }
  }
  if (customerId) {
    const integration = await prisma.integration.findFirst({ where: { id: integrationId, customerId, customer: { organizationId } } });
    if (move) {
      const integration = { id };
      if (!integration) throw new Error("not found");
    }
    await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
  }
}

// Relation rows destructured from a webhook found without the tenant, mapped
// in a block whose const of the webhook's name is the tenant's webhook.
export async function relationDestructuredRebound(organizationId: string, id: string, otherId: string) {
  const webhook = await prisma.webhook.findUnique({ where: { id: otherId }, include: { integrations: { select: { integration: { select: { id: true } } } } } }); // want "findUnique on tenant-scoped \"Webhook\""
  if (!webhook) throw new Error("not found");
  const { integrations } = webhook;
  if (id) {
    const webhook = await prisma.webhook.findFirstOrThrow({ where: { id, organizationId }, include: { integrations: { select: { integration: { select: { id: true } } } } } });
    const ids = integrations.map((w) => w.integration.id);
    await prisma.integrationsWebhooks.createMany({ data: ids.map((integrationId) => ({ integrationId, webhookId: webhook.id })) }); // want "links a \"Integration\" by \"integrationId\" alone"
  }
}

// A row's relation destructured from an integration found without the
// tenant, linked in a block whose const of the integration's name is the
// tenant's integration.
export async function rowDestructuredRebound(organizationId: string, id: string, otherId: string) {
  const integration = await prisma.integration.findUnique({ where: { id: otherId }, include: { customer: true } }); // want "findUnique on tenant-scoped \"Integration\""
  if (!integration) throw new Error("not found");
  const { customer } = integration;
  if (id) {
    const integration = await prisma.integration.findFirstOrThrow({ where: { id, organizationId }, include: { customer: true } });
    await prisma.integration.create({ data: { organizationId, customerId: customer!.id } }); // want "links a \"Customer\" by \"customerId\" alone"
    console.log(integration.id);
  }
}

// A relation list held under another name from a webhook found without the
// tenant, looped over in a block whose const of the webhook's name is the
// tenant's webhook.
export async function relationListRebound(organizationId: string, id: string, otherId: string) {
  const webhook = await prisma.webhook.findUnique({ where: { id: otherId }, include: { integrations: { select: { integration: { select: { id: true } } } } } }); // want "findUnique on tenant-scoped \"Webhook\""
  if (!webhook) throw new Error("not found");
  const links = webhook.integrations;
  if (id) {
    const webhook = await prisma.webhook.findFirstOrThrow({ where: { id, organizationId }, include: { integrations: { select: { integration: { select: { id: true } } } } } });
    for (const w of links) {
      await prisma.integrationsWebhooks.create({ data: { integrationId: w.integration.id, webhookId: webhook.id } }); // want "links a \"Integration\" by \"integrationId\" alone"
    }
  }
}

// Ids mapped from tags found without the tenant, connected in a block
// whose const of the list's name is the tenant's tags.
export async function idListRebound(organizationId: string, integrationId: string, tagIds: string[]) {
  const valid = await prisma.tag.findMany({ where: { id: { in: tagIds } } }); // want "findMany on tenant-scoped \"Tag\" does not filter by the tenant"
  const ids = valid.map((t) => t.id);
  if (tagIds.length > 0) {
    const valid = await prisma.tag.findMany({ where: { organizationId } });
    await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: ids.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
    console.log(valid.length);
  }
}

// Ids pushed from tags found without the tenant, connected in a block
// whose const of the rows' name is the tenant's tags.
export async function pushedIdsRebound(organizationId: string, integrationId: string, tagIds: string[]) {
  const rows = await prisma.tag.findMany({ where: { id: { in: tagIds } } }); // want "findMany on tenant-scoped \"Tag\" does not filter by the tenant"
  const ids: string[] = [];
  for (const r of rows) ids.push(r.id);
  if (tagIds.length > 0) {
    const rows = await prisma.tag.findMany({ where: { organizationId } });
    await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: ids.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
    console.log(rows.length);
  }
}

// Rows pushed from tags found without the tenant, each connected in a
// block whose const of the tags' name is the tenant's tags.
export async function pushedRowsRebound(organizationId: string, integrationId: string, tagIds: string[]) {
  const found = await prisma.tag.findMany({ where: { id: { in: tagIds } } }); // want "findMany on tenant-scoped \"Tag\" does not filter by the tenant"
  const claimed: { id: string }[] = [];
  for (const t of found) claimed.push({ id: t.id });
  if (tagIds.length > 0) {
    const found = await prisma.tag.findMany({ where: { organizationId } });
    for (const c of claimed) {
      await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: { id: c.id } } } }); // want "links a \"Tag\" by \\{ id \\} alone"
    }
    console.log(found.length);
  }
}
