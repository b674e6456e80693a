import { prisma } from "./db";

// The rows of a nested create built in a list by a callback whose block only
// returns them (amplication's entity permission roles): each link is judged.
export async function nestedRowsByBlock(organizationId: string, integrationId: string, webhookIds: string[]) {
  const rows = webhookIds.map((id) => {
    return { webhook: { connect: { id } } }; // want "update on \"Integration\" links a \"Webhook\" by \\{ id \\} alone"
  });
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { webhooks: { create: rows } } });
}

// The same rows linking with the tenant are scoped.
export async function nestedRowsByBlockScoped(organizationId: string, integrationId: string, webhookIds: string[]) {
  const rows = webhookIds.map((id) => {
    return { webhook: { connect: { id, organizationId } } };
  });
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { webhooks: { create: rows } } });
}

// A list of keys built by a block callback and given to connect.
export async function connectByBlock(organizationId: string, integrationId: string, tagIds: string[]) {
  const tags = tagIds.map((id) => {
    return { id };
  });
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tags } } }); // want "update on \"Integration\" links a \"Tag\" by \\{ id \\} alone"
}

export async function connectByBlockScoped(organizationId: string, integrationId: string, tagIds: string[]) {
  const tags = tagIds.map((id) => {
    return { id, organizationId };
  });
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tags } } });
}

// A block doing more than returning is read for the value it returns:
// a key with the tenant, and one without it.
export async function connectByLongerBlock(organizationId: string, integrationId: string, tagIds: string[]) {
  const tags = tagIds.map((id) => {
    const key = { id, organizationId };
    return key;
  });
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tags } } });
}

export async function connectByLongerBlockAlone(organizationId: string, integrationId: string, tagIds: string[]) {
  const tags = tagIds.map((id) => {
    const key = { id };
    return key;
  });
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tags } } }); // want "update on \"Integration\" links a \"Tag\" by \\{ id \\} alone"
}

// A list changed after it is built may hold anything: said, not judged on
// what it was given.
export async function nestedRowsPushed(organizationId: string, integrationId: string, webhookIds: string[], extra: { webhook: { connect: { id: string } } }) {
  const rows = webhookIds.map((id) => ({ webhook: { connect: { id, organizationId } } }));
  rows.push(extra);
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { webhooks: { create: rows } } }); // want "cannot see what update on \"Integration\" links through its nested create on \"IntegrationsWebhooks\""
}

// Nested rows handed in whole: said.
export async function nestedRowsHandedIn(organizationId: string, integrationId: string, rows: { webhook: { connect: { id: string } } }[]) {
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { webhooks: { create: rows } } }); // want "cannot see what update on \"Integration\" links through its nested create on \"IntegrationsWebhooks\""
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { webhooks: { createMany: { data: rows } } } }); // want "cannot see what update on \"Integration\" links through its nested createMany on \"IntegrationsWebhooks\""
}

// Rows of a model that links no judged row cannot reach another tenant.
export async function nestedRowsLinkingNothing(organizationId: string, rows: { id: string }[]) {
  await prisma.organization.update({ where: { id: organizationId }, data: { media: { create: rows } } });
}

// Rows whose only judged relation is the one they are created through:
// Prisma sets it to the written row, so they link nothing else.
export async function nestedRowsLinkingTheirParent(organizationId: string, integrationId: string, rows: { name: string; token: string }[]) {
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { create: rows } } });
}

// Rows pushed onto a const list (amplication's resource relation cache):
// each row pushed is judged.
export async function pushedRows(organizationId: string, id: string, integrationIds: string[]) {
  const webhook = await prisma.webhook.findFirstOrThrow({ where: { id, organizationId } });
  const rows: { integrationId: string; webhookId: string }[] = [];
  for (const integrationId of integrationIds) {
    rows.push({ integrationId, webhookId: webhook.id }); // want "createMany on \"IntegrationsWebhooks\" links a \"Integration\" by \"integrationId\" alone"
  }
  await prisma.integrationsWebhooks.createMany({ data: rows });
}

export async function pushedRowsChecked(organizationId: string, id: string, integrationId: string) {
  const webhook = await prisma.webhook.findFirstOrThrow({ where: { id, organizationId } });
  const integration = await prisma.integration.findFirstOrThrow({ where: { id: integrationId, organizationId } });
  const rows: { integrationId: string; webhookId: string }[] = [];
  rows.push({ integrationId: integration.id, webhookId: webhook.id });
  await prisma.integrationsWebhooks.createMany({ data: rows });
}

export async function pushedNestedRows(organizationId: string, integrationId: string, webhookIds: string[]) {
  const rows: { webhook: { connect: { id: string; organizationId?: string } } }[] = [];
  for (const id of webhookIds) rows.push({ webhook: { connect: { id } } }); // want "update on \"Integration\" links a \"Webhook\" by \\{ id \\} alone"
  for (const id of webhookIds) rows.push({ webhook: { connect: { id, organizationId } } });
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { webhooks: { create: rows } } });
}

// A list also handed on may be changed there: not read, said.
export async function pushedRowsHandedOn(organizationId: string, integrationId: string, webhookIds: string[], log: (r: unknown) => void) {
  const rows: { webhook: { connect: { id: string; organizationId: string } } }[] = [];
  for (const id of webhookIds) rows.push({ webhook: { connect: { id, organizationId } } });
  log(rows);
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { webhooks: { create: rows } } }); // want "cannot see what update on \"Integration\" links through its nested create"
}
