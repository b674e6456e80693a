import { prisma } from "./db";

// Tags counted with the tenant only when the body lists any (Comp AI's
// auto-link apply routes): with none, the map links nothing.
export async function setCountedTags(organizationId: string, integrationId: string, tagIds: string[], replace: boolean) {
  if (tagIds.length > 0) {
    const owned = await prisma.tag.findMany({ where: { id: { in: tagIds }, organizationId }, select: { id: true } });
    if (owned.length !== tagIds.length) {
      throw new Error("not found");
    }
  }
  if (replace) {
    await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { set: tagIds.map((id) => ({ id })) } } });
  } else {
    await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { connect: tagIds.map((id) => ({ id })) } } });
  }
}

// The guard tests something else than the list: the count may be skipped
// while the list has tags.
export async function setCountedWhenAsked(organizationId: string, integrationId: string, tagIds: string[], check: boolean) {
  if (check) {
    const owned = await prisma.tag.findMany({ where: { id: { in: tagIds }, organizationId }, select: { id: true } });
    if (owned.length !== tagIds.length) {
      throw new Error("not found");
    }
  }
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { set: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
}

// Counted under the guard, but compared with another list.
export async function setCountedOtherList(organizationId: string, integrationId: string, tagIds: string[], others: string[]) {
  if (tagIds.length > 0) {
    const owned = await prisma.tag.findMany({ where: { id: { in: tagIds }, organizationId }, select: { id: true } });
    if (owned.length !== others.length) {
      throw new Error("not found");
    }
  }
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { set: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
}

// The guard tests another list than the one counted and linked.
export async function setGuardedByOther(organizationId: string, integrationId: string, tagIds: string[], others: string[]) {
  if (others.length > 0) {
    const owned = await prisma.tag.findMany({ where: { id: { in: tagIds }, organizationId }, select: { id: true } });
    if (owned.length !== tagIds.length) {
      throw new Error("not found");
    }
  }
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { set: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
}

// A tag added to the list after the guarded count was never counted.
export async function setGrownAfterCount(organizationId: string, integrationId: string, tagIds: string[], extra: string) {
  if (tagIds.length > 0) {
    const owned = await prisma.tag.findMany({ where: { id: { in: tagIds }, organizationId }, select: { id: true } });
    if (owned.length !== tagIds.length) {
      throw new Error("not found");
    }
  }
  tagIds.push(extra);
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { set: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
}

// The count only logs.
export async function setCountedLogged(organizationId: string, integrationId: string, tagIds: string[]) {
  if (tagIds.length > 0) {
    const owned = await prisma.tag.findMany({ where: { id: { in: tagIds }, organizationId }, select: { id: true } });
    if (owned.length !== tagIds.length) {
      console.warn("not found");
    }
  }
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { set: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
}
