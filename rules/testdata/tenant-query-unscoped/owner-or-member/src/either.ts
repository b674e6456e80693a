declare const prisma: any;

// The owner or a member may go on: the function leaves only when the user
// is neither, so the row past the test passes one of the two checks.
export async function ownerOrMember(userId: number, id: number) {
  const collection = await prisma.collection.findFirst({ where: { id }, include: { members: true } });
  if (!collection || (!collection.members.some((m) => m.userId === userId && m.canUpdate) && !(collection.ownerId === userId))) {
    return null;
  }
  const other = await prisma.collection.findFirst({ where: { id }, include: { members: true } });
  const hasAccess = other.members.some((m) => m.userId === userId);
  if (other.ownerId !== userId && !hasAccess) throw new Error("not accessible");
  return [collection, other];
}

// A member search whose predicate also reads a flag of the member.
export async function memberWithFlag(userId: number, id: number) {
  const collection = await prisma.collection.findFirst({ where: { id }, include: { members: true } });
  if (!collection?.members.some((m) => !m.canUpdate && m.userId === userId)) return null;
  return collection;
}

// Near misses: one of the two tests checks no tenant, or the test does not
// leave, or it reads another row.
export async function notOwner(userId: number, id: number) {
  const a = await prisma.collection.findFirst({ where: { id }, include: { members: true } }); // want "findFirst on tenant-scoped \"Collection\" does not filter"
  if (!a || (!a.members.some((m) => m.userId === userId) && !(a.parentId === userId))) return null;
  const b = await prisma.collection.findFirst({ where: { id }, include: { members: true } }); // want "findFirst on tenant-scoped \"Collection\" does not filter"
  if (!b || (!b.members.some((m) => m.collectionId === userId) && !(b.ownerId === userId))) return null;
  const c = await prisma.collection.findFirst({ where: { id }, include: { members: true } }); // want "findFirst on tenant-scoped \"Collection\" does not filter"
  if (!c || (!c.members.some((m) => m.userId === userId) && !(c.ownerId === userId))) console.log("neither");
  const d = await prisma.collection.findFirst({ where: { id }, include: { members: true } }); // want "findFirst on tenant-scoped \"Collection\" does not filter"
  if (!d || (!d.members.some((m) => m.userId === userId) && d.ownerId !== d.parentId)) return null;
  const e = await prisma.collection.findFirst({ where: { id }, include: { members: true } }); // want "findFirst on tenant-scoped \"Collection\" does not filter"
  if (!e || (!e.members.some((m) => m.userId === userId || m.canUpdate) && e.ownerId !== userId)) return null;
  return [a, b, c, d, e];
}

export async function otherRow(userId: number, id: number, otherId: number) {
  const other = await prisma.collection.findFirst({ where: { id: otherId, ownerId: userId }, include: { members: true } });
  const collection = await prisma.collection.findFirst({ where: { id }, include: { members: true } }); // want "findFirst on tenant-scoped \"Collection\" does not filter"
  if (!collection || (!other.members.some((m) => m.userId === userId) && collection.ownerId !== userId)) return null;
  const flagged = await prisma.collection.findFirst({ where: { id }, include: { members: true } }); // want "findFirst on tenant-scoped \"Collection\" does not filter"
  if (!flagged?.members.some((m) => m.userId === userId && other.members.length > 0)) return null;
  return [collection, flagged];
}
