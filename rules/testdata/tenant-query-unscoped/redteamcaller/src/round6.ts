type Ctx = { prisma: any; session: { user: { id: number; email: string } } };

// A model whose one relation outside the tenants is to no user: the
// caller's id equal to a plan's number reads that plan's subscriptions
// in every organization.
export async function planByCallerId({ ctx }: { ctx: Ctx }) {
  await ctx.prisma.subscription.findMany({ where: { planId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Subscription\" does not filter by the tenant"
  return ctx.prisma.subscription.findMany({ where: { plan: { id: ctx.session.user.id } } }); // want "findMany on tenant-scoped \"Subscription\" does not filter by the tenant"
}
