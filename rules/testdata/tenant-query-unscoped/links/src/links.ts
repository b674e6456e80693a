import { prisma } from "./db";

// A user's picture chosen by id from the body: any organization's Media.
export async function setPicture(userId: string, id: string) {
  await prisma.user.update({ where: { id: userId }, data: { picture: { connect: { id } } } }); // want "update on \"User\" links a \"Media\" by \\{ id \\} alone; look it up with the tenant first, or link it by \\{ id, organizationId \\}"
}

// The same link with the tenant in the unique object is scoped.
export async function setPictureScoped(userId: string, id: string, organizationId: string) {
  await prisma.user.update({ where: { id: userId }, data: { picture: { connect: { id, organizationId } } } });
}

// The Media looked up with the tenant first proves the id.
export async function setPictureChecked(userId: string, id: string, organizationId: string) {
  const media = await prisma.media.findFirst({ where: { id, organizationId } });
  if (!media) throw new Error("not found");
  await prisma.user.update({ where: { id: userId }, data: { picture: { connect: { id: media.id } } } });
}

// Looked up with the tenant, but never tested: the id is not proven.
export async function setPictureUntested(userId: string, id: string, organizationId: string) {
  await prisma.media.findFirst({ where: { id, organizationId } });
  await prisma.user.update({ where: { id: userId }, data: { picture: { connect: { id } } } }); // want "links a \"Media\" by \\{ id \\} alone"
}

// Fetch, then compare: the row is the tenant's when the function leaves
// on a mismatch.
export async function setPictureCompared(userId: string, id: string, organizationId: string) {
  const media = await prisma.media.findUnique({ where: { id } });
  if (!media || media.organizationId !== organizationId) throw new Error("not found");
  await prisma.user.update({ where: { id: userId }, data: { picture: { connect: { id } } } });
}

// The comparison only logs: not a check.
export async function setPictureLogged(userId: string, id: string, organizationId: string) {
  const media = await prisma.media.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Media\""
  if (media?.organizationId !== organizationId) console.warn("other org");
  await prisma.user.update({ where: { id: userId }, data: { picture: { connect: { id } } } }); // want "links a \"Media\" by \\{ id \\} alone"
}

// A create is judged too: the compiler asks only for a unique key.
export async function createIntegration(organizationId: string, customerId: string) {
  await prisma.integration.create({
    data: {
      organizationId,
      customer: { connect: { id: customerId } }, // want "create on \"Integration\" links a \"Customer\" by \\{ id \\} alone"
    },
  });
  await prisma.integration.create({
    data: {
      organizationId,
      customer: { connect: { id: customerId, organizationId } },
    },
  });
}

// A nested create taking ids from the body, linked through the join table.
export async function createWebhook(organizationId: string, body: { integrations: string[] }) {
  await prisma.webhook.create({
    data: {
      organizationId,
      integrations: {
        create: body.integrations.map((id) => ({ integration: { connect: { id } } })), // want "create on \"Webhook\" links a \"Integration\" by \\{ id \\} alone"
      },
    },
  });
  await prisma.webhook.create({
    data: {
      organizationId,
      integrations: {
        create: body.integrations.map((id) => ({ integration: { connect: { id, organizationId } } })),
      },
    },
  });
}

// set and connect over lists, and connectOrCreate's where.
export async function tagIntegration(organizationId: string, id: string, tagIds: string[], name: string) {
  await prisma.integration.update({
    where: { id, organizationId },
    data: {
      tags: { set: tagIds.map((t) => ({ id: t })) }, // want "update on \"Integration\" links a \"Tag\" by \\{ id \\} alone"
    },
  });
  await prisma.integration.update({
    where: { id, organizationId },
    data: {
      tags: { set: tagIds.map((t) => ({ id: t, organizationId })) },
    },
  });
  await prisma.integration.update({
    where: { id, organizationId },
    data: {
      tags: { connect: [{ id: tagIds[0], organizationId }, { id: tagIds[1] }] }, // want "links a \"Tag\" by \\{ id \\} alone"
    },
  });
  await prisma.integration.upsert({
    where: { id, organizationId },
    create: { organizationId, tags: { connectOrCreate: { where: { id: tagIds[0] }, create: { name, organizationId, token: "t" } } } }, // want "upsert on \"Integration\" links a \"Tag\" by \\{ id \\} alone"
    update: { tags: { connectOrCreate: { where: { id: tagIds[0], organizationId }, create: { name, organizationId, token: "t" } } } },
  });
}

// A tag found by the share link's secret is the one its holder was let in to.
export async function tagByToken(organizationId: string, id: string, token: string) {
  await prisma.integration.update({ where: { id, organizationId }, data: { tags: { connect: { token } } } });
  await prisma.integration.update({ where: { id, organizationId }, data: { tags: { connect: { name: token } } } }); // want "links a \"Tag\" by \\{ name \\} alone"
}

// What the rule cannot see is said, not guessed.
export async function linkUnseen(organizationId: string, id: string, unique: { id: string }) {
  await prisma.integration.update({ where: { id, organizationId }, data: { customer: { connect: unique } } }); // want "cannot see which \"Customer\" update on \"Integration\" links"
}

// The tenant's own row and unscoped models are not judged.
export async function linkOrganization(organizationId: string, mediaId: string) {
  await prisma.media.create({ data: { id: mediaId, organization: { connect: { id: organizationId } } } });
}

// A tenant value that may be undefined drops the filter.
export async function linkMaybe(userId: string, id: string, org?: string) {
  await prisma.user.update({ where: { id: userId }, data: { picture: { connect: { id, organizationId: org } } } }); // want "links a \"Media\" by a tenant value that may be undefined"
}

// Nested updates are read for their links too.
export async function nestedUpdate(userId: string, customerId: string) {
  await prisma.user.update({
    where: { id: userId },
    data: { picture: { update: { organization: { connect: { id: "o" } } } } },
  });
  await prisma.media.update({
    where: { id: "m", organizationId: "o" },
    data: { users: { update: { where: { id: userId }, data: { picture: { connect: { id: customerId } } } } } }, // want "update on \"Media\" links a \"Media\" by \\{ id \\} alone"
  });
}

// Either side of a condition may run.
export async function setPictureOrNone(userId: string, body: { picture?: { id: string } }, organizationId: string) {
  await prisma.user.update({
    where: { id: userId },
    data: { picture: body.picture ? { connect: { id: body.picture.id } } : { disconnect: true } }, // want "links a \"Media\" by \\{ id \\} alone"
  });
  await prisma.user.update({
    where: { id: userId },
    data: { picture: body.picture ? { connect: { id: body.picture.id, organizationId } } : { disconnect: true } },
  });
  await prisma.user.update({
    where: { id: userId },
    data: { picture: { connect: body.picture ? { id: body.picture.id, organizationId } : undefined } },
  });
}

export async function groupIntegration(organizationId: string, id: string, group: string) {
  await prisma.integration.update({
    where: { id, organizationId },
    data: !group ? { customer: { disconnect: true } } : { customer: { connect: { id: group } } }, // want "update on \"Integration\" links a \"Customer\" by \\{ id \\} alone"
  });
  await prisma.integration.update({
    where: { id, organizationId },
    data: !group ? { customer: { disconnect: true } } : { customer: { connect: { id: group, organizationId } } },
  });
}

// Ids of rows looked up with the tenant, mapped to unique objects.
export async function notifyMembers(organizationId: string, integrationId: string, tagIds: string[]) {
  const valid = await prisma.tag.findMany({ where: { organizationId, id: { in: tagIds } }, select: { id: true } });
  const validIds = valid.map((t) => t.id);
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { set: validIds.map((id) => ({ id })) } } });
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { set: valid.map((t) => ({ id: t.id })) } } });
  // The list given, not the one proven.
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { set: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
  const unchecked = await prisma.tag.findMany({ where: { id: { in: tagIds } }, select: { id: true } }); // want "findMany on tenant-scoped \"Tag\""
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { set: unchecked.map((t) => ({ id: t.id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
}

// A row written into the tenant of the row it links.
export async function integrationForCustomer(customer: { id: string; organizationId: string }, other: { organizationId: string }) {
  await prisma.integration.create({ data: { organizationId: customer.organizationId, customer: { connect: { id: customer.id } } } });
  await prisma.integration.create({ data: { organizationId: other.organizationId, customer: { connect: { id: customer.id } } } }); // want "links a \"Customer\" by \\{ id \\} alone"
  await prisma.integration.create({ data: { organizationId: customer.organizationId, customer: { connect: { id: other.organizationId } } } }); // want "links a \"Customer\" by \\{ id \\} alone"
}

// An id from a call proves nothing, as in a findUnique's where; rows of a
// where the rule cannot see are said, not guessed.
export async function linkComputed(organizationId: string, id: string, pick: () => string, where: object) {
  await prisma.integration.update({ where: { id, organizationId }, data: { customer: { connect: { id: pick() } } } }); // want "links a \"Customer\" by \\{ id \\} alone"
  const customer = await prisma.customer.findFirst({ where }); // want "cannot see the where of findFirst"
  if (!customer) return;
  await prisma.integration.update({ where: { id, organizationId }, data: { customer: { connect: { id: customer.id } } } }); // want "cannot see whether the \"Customer\" update on \"Integration\" links is the tenant's; look it up with the tenant first"
}

// A row found with the tenant, or else created in it, or none.
export async function customerByName(organizationId: string, id: string, name: string, other: string) {
  const customer = !name
    ? undefined
    : (await prisma.customer.findFirst({ where: { organizationId, name } })) ||
      (await prisma.customer.create({ data: { organizationId } }));
  await prisma.integration.update({ where: { id, organizationId }, data: { customer: customer ? { connect: { id: customer.id } } : { disconnect: true } } });
  // Found by name alone: any organization's.
  const anyCustomer = (await prisma.customer.findFirst({ where: { name } })) || (await prisma.customer.create({ data: { organizationId } })); // want "findFirst on tenant-scoped \"Customer\""
  await prisma.integration.update({ where: { id, organizationId }, data: { customer: { connect: { id: anyCustomer.id } } } }); // want "links a \"Customer\" by \\{ id \\} alone"
  // Created in a tenant given by the body.
  const created = (await prisma.customer.findFirst({ where: { organizationId, name } })) ?? (await prisma.customer.create({ data: { organizationId: other || undefined } }));
  await prisma.integration.update({ where: { id, organizationId }, data: { customer: { connect: { id: created.id } } } }); // want "links a \"Customer\" by \\{ id \\} alone"
}
