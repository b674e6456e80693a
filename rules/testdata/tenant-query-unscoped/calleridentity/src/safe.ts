declare const protectedProcedure: any;
declare const prisma: any;
declare function CurrentUser(): ParameterDecorator;
declare function Query(): MethodDecorator;
type Ctx = { prisma: any; session: { user: { id: string; email: string } } };

// bklit's tRPC router: the invitations addressed to the signed-in user's
// email, whom no tenant holds yet.
export const list = protectedProcedure.query(async ({ ctx }: { ctx: Ctx }) => {
  return ctx.prisma.invitation.findMany({
    where: { email: ctx.session.user.email, status: "pending" },
    include: { organization: { select: { id: true } }, inviter: { select: { email: true } }, _count: true },
  });
});

// The caller's own memberships, by the user key, by the relation, and
// counted; a non-null assertion on the way.
export async function memberships({ ctx }: { ctx: Ctx }) {
  const mine = await ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id, accepted: true } });
  const related = await ctx.prisma.member.findMany({ where: { user: { id: ctx.session!.user.id } } });
  const count = await ctx.prisma.member.count({ where: { userId: ctx.session.user.id } });
  const userId = ctx.session.user.id;
  const first = await ctx.prisma.member.findFirst({ where: { userId, OR: [{ accepted: true }, { accepted: false }] } });
  return { mine, related, count, first };
}

// Found by id, compared with the caller's email, then written by that id
// (bklit's accept and decline).
export const accept = protectedProcedure.mutation(async ({ ctx, input }: { ctx: Ctx; input: { invitationId: string } }) => {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId }, include: { organization: true } });
  if (!invitation) throw new Error("not found");
  if (invitation.email !== ctx.session.user.email) throw new Error("not yours");
  await ctx.prisma.invitation.update({ where: { id: input.invitationId }, data: { status: "accepted" } });
  await ctx.prisma.invitation.delete({ where: { id: invitation.id } });
  return invitation;
});

// The same with the row's user key against the caller's id.
export async function leave({ ctx, input }: { ctx: Ctx; input: { memberId: string } }) {
  const member = await ctx.prisma.member.findUnique({ where: { id: input.memberId } });
  if (!member || member.userId !== ctx.session.user.id) return null;
  await ctx.prisma.member.delete({ where: { id: input.memberId } });
}

// AFFiNE's resolver: the caller's accepted memberships, the user given by
// the framework's decorator.
export class WorkspaceResolver {
  @Query()
  async workspaces(@CurrentUser() user: { id: string; email: string }) {
    return prisma.member.findMany({ where: { userId: user.id, accepted: true }, include: { organization: true } });
  }
}

// A helper handed the procedure's own context.
async function ownMemberships(ctx: Ctx) {
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } });
}

export const mine = protectedProcedure.query(async ({ ctx }: { ctx: Ctx }) => ownMemberships(ctx));

// A decorated method handed the same decorated user by its class.
export class Own {
  async permissions(@CurrentUser() user: { id: string }) {
    return prisma.member.findMany({ where: { userId: user.id } });
  }

  async again(@CurrentUser() user: { id: string }) {
    return this.permissions(user);
  }
}
