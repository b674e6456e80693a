type Ctx = { db: any; session: { user: { id: string; email: string } } };

// twin: the caller's own expenses, by either relation.
export async function myExpenses({ ctx }: { ctx: Ctx }) {
  const paid = await ctx.db.expense.findMany({ where: { paidBy: ctx.session.user.id } });
  const added = await ctx.db.expense.findMany({ where: { adder: { id: ctx.session.user.id } } });
  return { paid, added };
}

// Pinned by the payer, but the include follows the other user's relation
// to every expense that user added, in every tenant.
export async function paidWithAdders({ ctx }: { ctx: Ctx }) {
  return ctx.db.expense.findMany({ where: { paidBy: ctx.session.user.id }, include: { adder: { include: { added: true } } } }); // want "findMany on tenant-scoped \"Expense\" does not filter by the tenant"
}

export async function paidWithAdderSelect({ ctx }: { ctx: Ctx }) {
  return ctx.db.expense.findMany({ where: { paidBy: ctx.session.user.id }, select: { adder: { select: { paid: true } } } }); // want "findMany on tenant-scoped \"Expense\" does not filter by the tenant"
}

// Pinned on one relation under a NOT: everyone else's.
export async function notMine({ ctx }: { ctx: Ctx }) {
  return ctx.db.expense.findMany({ where: { NOT: { paidBy: ctx.session.user.id } } }); // want "findMany on tenant-scoped \"Expense\" does not filter by the tenant"
}

// The key given a filter, not the caller's id.
export async function notEqualMine({ ctx }: { ctx: Ctx }) {
  return ctx.db.expense.findMany({ where: { paidBy: { not: ctx.session.user.id } } }); // want "findMany on tenant-scoped \"Expense\" does not filter by the tenant"
}

// The relation given a filter that holds for other users.
export async function someoneElse({ ctx }: { ctx: Ctx }) {
  return ctx.db.expense.findMany({ where: { payer: { isNot: { id: ctx.session.user.id } } } }); // want "findMany on tenant-scoped \"Expense\" does not filter by the tenant"
}

// Pinned, then compared on the other relation with a value the request sends.
export async function comparedWithInput({ ctx, input }: { ctx: Ctx; input: { id: string; userId: string } }) {
  const expense = await ctx.db.expense.findUnique({ where: { id: input.id } }); // want "findUnique on tenant-scoped \"Expense\" does not filter by the tenant"
  if (!expense || expense.addedBy !== input.userId) throw new Error("not found");
  return expense;
}

// Compared on the adder, but the row reaches the response before.
export async function comparedAfterUse({ ctx, input, res }: { ctx: Ctx; input: { id: string }; res: { json: (x: unknown) => void } }) {
  const expense = await ctx.db.expense.findUnique({ where: { id: input.id } }); // want "findUnique on tenant-scoped \"Expense\" does not filter by the tenant"
  res.json(expense);
  if (!expense || expense.addedBy !== ctx.session.user.id) throw new Error("not found");
  return expense;
}

// Compared with the caller only when both keys differ... a match of either: the payer compared with the adder.
export async function comparedRowOwn({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const expense = await ctx.db.expense.findUnique({ where: { id: input.id } }); // want "findUnique on tenant-scoped \"Expense\" does not filter by the tenant"
  if (!expense || expense.addedBy !== expense.paidBy) throw new Error("not found");
  return expense;
}

// A delete by the caller's key alone reaches the caller's rows of every tenant.
export async function clearAdded({ ctx }: { ctx: Ctx }) {
  return ctx.db.expense.deleteMany({ where: { addedBy: ctx.session.user.id } }); // want "deleteMany on tenant-scoped \"Expense\" does not filter by the tenant"
}

// An update by the caller's other key.
export async function touchAdded({ ctx }: { ctx: Ctx }) {
  return ctx.db.expense.updateMany({ where: { adder: { id: ctx.session.user.id } }, data: { amount: 0 } }); // want "updateMany on tenant-scoped \"Expense\" does not filter by the tenant"
}

// The caller's comparison passes when the lookup was skipped: the delete by
// the request's id then runs unchecked.
export async function callerLookupSkipped({ ctx, input }: { ctx: Ctx; input: { id: string; check: boolean } }) {
  let expense = null;
  if (input.check) {
    expense = await ctx.db.expense.findUnique({ where: { id: input.id } });
  }
  if (expense && expense.paidBy !== ctx.session.user.id) throw new Error("not found");
  return ctx.db.expense.delete({ where: { id: input.id } }); // want "delete on tenant-scoped \"Expense\" does not filter by the tenant"
}

// twin: the lookup always runs.
export async function callerLookupRuns({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const expense = await ctx.db.expense.findUnique({ where: { id: input.id } });
  if (!expense || expense.paidBy !== ctx.session.user.id) throw new Error("not found");
  return ctx.db.expense.delete({ where: { id: input.id } });
}
