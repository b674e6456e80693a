type Ctx = { db: any; session: { user: { id: number; email: string } } };

// Rows pinned to the caller by any one of the model's required relations
// to the users are rows addressed to the caller: the balances the caller
// owes and is owed, the expenses the caller paid or added.
export async function myBalances({ ctx }: { ctx: Ctx }) {
  const owes = await ctx.db.balance.findMany({ where: { userId: ctx.session.user.id } });
  const owed = await ctx.db.balance.findMany({ where: { friend: { id: ctx.session.user.id } } });
  return { owes, owed };
}

export async function myExpenses({ ctx }: { ctx: Ctx }) {
  const paid = await ctx.db.expense.findMany({ where: { paidBy: ctx.session.user.id }, orderBy: { amount: "desc" } });
  const added = await ctx.db.expense.count({ where: { addedBy: ctx.session.user.id } });
  return { paid, added };
}

// Found by id, then compared with the caller on the payer before it is
// shown.
export async function oneExpense({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const expense = await ctx.db.expense.findUnique({ where: { id: input.id } });
  if (!expense || expense.paidBy !== ctx.session.user.id) throw new Error("not found");
  return expense;
}
