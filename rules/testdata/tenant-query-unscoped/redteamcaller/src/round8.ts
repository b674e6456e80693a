type Ctx = { prisma: any; session: { user: { id: string; email: string } } };
declare const async: any;
declare const fakes: Ctx[];

// The compared row found by an OR: the row compared may be another than
// the one the id names.
export async function lookupByOr({ ctx, input }: { ctx: Ctx; input: { invitationId: string; status: string } }) {
  const invitation = await ctx.prisma.invitation.findFirst({ where: { OR: [{ id: input.invitationId }, { status: input.status }] } });
  if (!invitation || invitation.email !== ctx.session.user.email) throw new Error("not yours");
  await ctx.prisma.invitation.delete({ where: { id: input.invitationId } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// A library's iteration at the top level.
async.each(fakes, (ctx: Ctx) => ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } })); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
