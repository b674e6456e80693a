type Ctx = { db: any; session: { user: { id: number; email: string } } };

// An optional relation to the users: a row need not name anyone by it.
export async function reviewing({ ctx }: { ctx: Ctx }) {
  return ctx.db.expense.findMany({ where: { reviewerId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Expense\" does not filter by the tenant"
}

// The caller's id given to a relation that leads to no person.
export async function planNotes({ ctx }: { ctx: Ctx }) {
  return ctx.db.note.findMany({ where: { planId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Note\" does not filter by the tenant"
}

// Pinned to the caller, but the include shows the group's other rows.
export async function paidWithGroup({ ctx }: { ctx: Ctx }) {
  return ctx.db.expense.findMany({ where: { paidBy: ctx.session.user.id }, include: { group: { include: { expenses: true } } } }); // want "findMany on tenant-scoped \"Expense\" does not filter by the tenant"
}

// A value the request sends, not the caller's.
export async function someonesBalances({ ctx, input }: { ctx: Ctx; input: { userId: number } }) {
  return ctx.db.balance.findMany({ where: { userId: input.userId } }); // want "findMany on tenant-scoped \"Balance\" does not filter by the tenant"
}

// A write keyed by the caller alone reaches the caller's rows of every
// group at once.
export async function clearMine({ ctx }: { ctx: Ctx }) {
  return ctx.db.expense.deleteMany({ where: { paidBy: ctx.session.user.id } }); // want "deleteMany on tenant-scoped \"Expense\" does not filter by the tenant"
}

// Compared on the optional reviewer, or on a relation to no person.
export async function reviewed({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const expense = await ctx.db.expense.findUnique({ where: { id: input.id } }); // want "findUnique on tenant-scoped \"Expense\" does not filter by the tenant"
  if (!expense || expense.reviewerId !== ctx.session.user.id) throw new Error("not found");
  return expense;
}

export async function noteOfPlan({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  const note = await ctx.db.note.findUnique({ where: { id: input.id } }); // want "findUnique on tenant-scoped \"Note\" does not filter by the tenant"
  if (!note || note.planId !== ctx.session.user.id) throw new Error("not found");
  return note;
}
