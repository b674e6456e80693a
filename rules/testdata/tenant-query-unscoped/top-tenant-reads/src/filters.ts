// Filters on a unique key that are no equality, and filters through
// relations, pin the read only when they name one tenant.
export async function filters(prisma: any, q: string, id: string, ids: string[], expenseId: string, userId: string) {
  await prisma.group.findMany({ where: { slug: { contains: q } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { id: { gt: id } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { id: { notIn: ids } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { expenses: { some: { id: expenseId } } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { members: { every: { userId } } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findFirst({ where: { OR: [{ id }, { plan: "free" }] }, include: { expenses: true } }); // want "findFirst on tenant \"Group\" includes its \"expenses\""
  // Pinned: the group of an expense's tenant, a group's own parent's
  // children.
  await prisma.group.findMany({ where: { expenses: { some: { groupId: id } } }, include: { expenses: true } });
  await prisma.group.findMany({ where: { AND: [{ plan: "pro" }, { id: { in: ids } }] }, include: { expenses: true } });
}
