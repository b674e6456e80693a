// Shapes already reported, kept as guards.
export async function guards(prisma: any, id: string, userId: string, more: object) {
  // A scoped relation filtered by the tenant shows that tenant's rows
  // only, whichever groups are listed; without the filter, or filtered by
  // something else, every group's.
  await prisma.group.findMany({ select: { expenses: { where: { groupId: id } } } });
  await prisma.group.findMany({ select: { expenses: { where: { amount: 1 } } } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ select: { expenses: { where: { groupId: id }, ...more } } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  // Shelf's members list: each member's user with that user's memberships
  // of this group only.
  await prisma.groupMember.findMany({ where: { groupId: id }, include: { user: { include: { memberships: { where: { groupId: id } } } } } });
  // The groups of a member, with their members' users' memberships: the
  // users' other groups.
  await prisma.group.findMany({ where: { members: { some: { userId } } }, include: { members: { include: { user: { include: { memberships: true } } } } } }); // want "includes its \"members.user.memberships\", which leaves the group"
  await prisma.$transaction([prisma.group.findUnique({ where: { id }, include: { planRow: { include: { groups: { include: { expenses: true } } } } } })]); // want "includes its \"planRow.groups.expenses\""
  // A scoped row's fluent chain through a global model.
  await prisma.expense.findFirst({ where: { groupId: id } }).paidBy().paid(); // want "findFirst on tenant-scoped \"Expense\" includes its \"paidBy.paid\""
  await prisma.expense.findFirst({ where: { groupId: id } }).paidBy();
  await prisma.expense.findFirst({ where: { groupId: id } }).group().expenses();
}

// A where changed after it is built through a function, or an alias.
export async function whereChanged(prisma: any, id: string, filter: any) {
  const where: any = { id };
  Object.assign(where, filter);
  await prisma.group.findMany({ where, include: { expenses: true } }); // want "findMany on tenant \"Group\""
  const w2: any = { id };
  const alias = w2;
  alias.id = undefined;
  await prisma.group.findMany({ where: w2, include: { expenses: true } }); // want "findMany on tenant \"Group\""
  const w3: any = { plan: "pro" };
  w3.id = id;
  await prisma.group.findMany({ where: w3, include: { expenses: true } });
}

// Every operation returning the top tenant's rows, however its client is
// named.
export const deleteGroup = async (args: { id: string }, context: any) => {
  await context.entities.Group.delete({ where: { id: args.id }, include: { parent: { include: { members: true } } } }); // want "delete on tenant \"Group\" includes its \"parent.members\""
  await context.entities.Group.createManyAndReturn({ data: [{ id: args.id, name: "n", slug: "s", plan: "free", planId: "p" }], include: { planRow: { include: { groups: { select: { expenses: true } } } } } }); // want "createManyAndReturn on tenant \"Group\" includes its \"planRow.groups.expenses\""
  return context.entities.Group.delete({ where: { id: args.id }, include: { members: true } });
};
