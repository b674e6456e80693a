declare const prisma: any;

// The link is the one the collection found holds, and the collection is
// checked to be the user's (owner or member) before the function goes on:
// the link is a child of the user's collection (linkwarden's highlights).
export async function highlight(userId: number, body: { linkId: number; text: string }) {
  const collection = await prisma.collection.findFirst({ where: { links: { some: { id: body.linkId } } }, include: { members: true } });
  if (!collection || (!collection.members.some((m) => m.userId === userId && m.canUpdate) && !(collection.ownerId === userId))) {
    return null;
  }
  return prisma.highlight.create({ data: { userId, linkId: body.linkId, text: body.text } });
}

export async function highlightOwned(userId: number, linkId: number) {
  const collection = await prisma.collection.findFirst({ where: { ownerId: userId, links: { some: { id: linkId } } } });
  if (!collection) throw new Error("not found");
  return prisma.highlight.create({ data: { userId, linkId, text: "" } });
}

// Near misses: the collection is not checked, or may be missing, or holds
// another link, or the key changes after the lookup.
export async function unchecked(userId: number, linkId: number) {
  const collection = await prisma.collection.findFirst({ where: { links: { some: { id: linkId } } } }); // want "findFirst on tenant-scoped \"Collection\" does not filter"
  if (!collection) return null;
  return prisma.highlight.create({ data: { userId, linkId, text: "" } }); // want "create on \"Highlight\" links a \"Link\" by \"linkId\" alone"
}

export async function mayBeMissing(userId: number, linkId: number) {
  const collection = await prisma.collection.findFirst({ where: { links: { some: { id: linkId } } } });
  if (collection && collection.ownerId !== userId) return null;
  return prisma.highlight.create({ data: { userId, linkId, text: "" } }); // want "create on \"Highlight\" links a \"Link\" by \"linkId\" alone"
}

export async function otherLink(userId: number, linkId: number, shownId: number) {
  const collection = await prisma.collection.findFirst({ where: { ownerId: userId, links: { some: { id: shownId } } } });
  if (!collection) return null;
  return prisma.highlight.create({ data: { userId, linkId, text: "" } }); // want "create on \"Highlight\" links a \"Link\" by \"linkId\" alone"
}

export async function changedKey(userId: number, body: { linkId: number }, other: number) {
  const collection = await prisma.collection.findFirst({ where: { ownerId: userId, links: { some: { id: body.linkId } } } });
  if (!collection) return null;
  body.linkId = other;
  return prisma.highlight.create({ data: { userId, linkId: body.linkId, text: "" } }); // want "create on \"Highlight\" links a \"Link\" by \"linkId\" alone"
}

export async function noneFilter(userId: number, linkId: number) {
  const collection = await prisma.collection.findFirst({ where: { ownerId: userId, links: { none: { id: linkId } } } });
  if (!collection) return null;
  return prisma.highlight.create({ data: { userId, linkId, text: "" } }); // want "create on \"Highlight\" links a \"Link\" by \"linkId\" alone"
}

// A tag of the user's found on the link says nothing of whose the link is:
// tags and links are many to many. A spread may replace the filter.
export async function taggedLink(userId: number, linkId: number, extra: object) {
  const tag = await prisma.tag.findFirst({ where: { ownerId: userId, links: { some: { id: linkId } } } });
  if (!tag) return null;
  await prisma.highlight.create({ data: { userId, linkId, text: "" } }); // want "create on \"Highlight\" links a \"Link\" by \"linkId\" alone"
  const collection = await prisma.collection.findFirst({ where: { ownerId: userId, links: { some: { id: linkId } }, ...extra } }); // want "cannot see the where of findFirst on tenant-scoped \"Collection\""
  if (!collection) return null;
  return prisma.highlight.create({ data: { userId, linkId, text: "" } }); // want "create on \"Highlight\" links a \"Link\" by \"linkId\" alone"
}
