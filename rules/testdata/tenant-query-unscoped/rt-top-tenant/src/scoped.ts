// A scoped model's rows are one tenant's, but an include that leaves the
// tenant through a global model and comes back to scoped rows shows every
// tenant's: each payer's payments in every group.
export async function scopedCrossing(prisma: any, ctx: any, groupId: string, id: string) {
  await prisma.expense.findMany({ where: { groupId }, include: { paidBy: { include: { paid: true } } } }); // want "findMany on tenant-scoped \"Expense\" includes its \"paidBy.paid\", which leaves the tenant"
  await prisma.groupMember.findFirst({ where: { groupId }, select: { user: { select: { memberships: { include: { group: true } } } } } }); // want "includes its \"user.memberships\""
  await prisma.expense.create({ data: { id, amount: 1, groupId, paidById: id }, include: { paidBy: { include: { paid: true } } } }); // want "create on tenant-scoped \"Expense\" includes its \"paidBy.paid\""
  await prisma.expense.findMany({ where: { groupId }, include: { group: { include: { planRow: { include: { groups: { include: { expenses: true } } } } } } } }); // want "includes its \"group.planRow.groups.expenses\""
  // A scoped client scopes the read, not what its include reaches.
  await ctx.groupDb.expense.findMany({ include: { paidBy: { include: { paid: true } } } }); // want "includes its \"paidBy.paid\""
  await ctx.groupDb.group.findMany({ include: { planRow: { include: { groups: { include: { expenses: true } } } } } }); // want "includes its \"planRow.groups.expenses\""
}

// The tenant's own rows, and global rows shown without scoped ones, stay
// quiet.
export async function scopedOwn(prisma: any, ctx: any, groupId: string) {
  await prisma.expense.findMany({ where: { groupId }, include: { paidBy: true, group: { include: { members: { include: { user: true } } } } } });
  await prisma.expense.findMany({ where: { groupId }, include: { paidBy: { select: { email: true, _count: { select: { paid: true } } } } } });
  await ctx.groupDb.expense.findMany({ include: { paidBy: true } });
  await ctx.groupDb.group.findMany({ include: { expenses: true } });
}
