type Ctx = { prisma: any; session: { user: { id: string; email: string } } };

// The compared row replaced before its id keys the write.
export async function rowReplaced({ ctx, input }: { ctx: Ctx; input: { invitationId: string; otherId: string } }) {
  let invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } });
  if (!invitation || invitation.email !== ctx.session.user.email) throw new Error("not yours");
  invitation = { ...invitation, id: input.otherId };
  await ctx.prisma.invitation.delete({ where: { id: invitation.id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function rowFieldWritten({ ctx, input }: { ctx: Ctx; input: { invitationId: string; otherId: string } }) {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } });
  if (!invitation || invitation.email !== ctx.session.user.email) throw new Error("not yours");
  invitation.id = input.otherId;
  await ctx.prisma.invitation.delete({ where: { id: invitation.id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// The request's key changed between the compare and the write.
export async function inputChanged({ ctx, input }: { ctx: Ctx; input: { invitationId: string; otherId: string } }) {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } });
  if (!invitation || invitation.email !== ctx.session.user.email) throw new Error("not yours");
  input.invitationId = input.otherId;
  await ctx.prisma.invitation.delete({ where: { id: input.invitationId } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// The compared row found by id under another delegate spelling: a
// transaction's client.
export async function inTransaction({ ctx, input }: { ctx: Ctx; input: { invitationId: string; otherId: string } }) {
  await ctx.prisma.$transaction(async (tx: any) => {
    const invitation = await tx.invitation.findUnique({ where: { id: input.invitationId } });
    if (!invitation || invitation.email !== ctx.session.user.email) throw new Error("not yours");
  });
  await ctx.prisma.invitation.delete({ where: { id: input.invitationId } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// A compare whose throw sits in a callback never run.
export async function throwInCallback({ ctx, input }: { ctx: Ctx; input: { invitationId: string } }) {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (invitation.email !== ctx.session.user.email) [1].filter(() => { throw new Error("not yours"); }).length === 0;
  await ctx.prisma.invitation.delete({ where: { id: input.invitationId } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
  return invitation;
}
