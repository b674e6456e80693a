declare const prisma: any;
type Ctx = { prisma: any; session: { user: { id: string; email: string } } };

// Prisma's fluent API walks from the caller's row to its organization's
// other rows.
export async function fluent({ ctx }: { ctx: Ctx }) {
  await ctx.prisma.invitation.findFirst({ where: { email: ctx.session.user.email } }).organization({ include: { members: true } }); // want "findFirst on tenant-scoped \"Invitation\" does not filter by the tenant"
  return ctx.prisma.invitation.findFirst({ where: { email: ctx.session.user.email } }).organization().members(); // want "findFirst on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function fluentAfterCompare({ ctx, input }: { ctx: Ctx; input: { invitationId: string } }) {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } });
  if (!invitation || invitation.email !== ctx.session.user.email) throw new Error("not yours");
  return ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } }).organization().members(); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// A lookup by a key that is not unique: the row compared is one of many,
// the write by that key reaches them all.
export async function notUnique({ ctx, input }: { ctx: Ctx; input: { status: string } }) {
  const invitation = await ctx.prisma.invitation.findFirst({ where: { status: input.status } });
  if (!invitation || invitation.email !== ctx.session.user.email) throw new Error("not yours");
  await ctx.prisma.invitation.updateMany({ where: { status: input.status }, data: { status: "seen" } }); // want "updateMany on tenant-scoped \"Invitation\" does not filter by the tenant"
  return ctx.prisma.invitation.findMany({ where: { status: input.status } }); // want "findMany on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// Another row compared than the one written.
export async function twoRows({ ctx, input }: { ctx: Ctx; input: { a: string; b: string } }) {
  const mine = await ctx.prisma.invitation.findUnique({ where: { id: input.a } });
  const theirs = await ctx.prisma.invitation.findUnique({ where: { id: input.b } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!mine || mine.email !== ctx.session.user.email) throw new Error("not yours");
  await ctx.prisma.invitation.delete({ where: { id: input.b } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
  return theirs;
}

// The check in a closure never run.
export async function neverRun({ ctx, input }: { ctx: Ctx; input: { invitationId: string } }) {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  const check = () => {
    if (invitation.email !== ctx.session.user.email) throw new Error("not yours");
  };
  await ctx.prisma.invitation.delete({ where: { id: input.invitationId } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
  return [invitation, check];
}

// The compare against the row's own field or the input's email.
export async function wrongSide({ ctx, input }: { ctx: Ctx; input: { invitationId: string; email: string } }) {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (invitation.email !== input.email) throw new Error("not yours");
  return invitation;
}

// The compared row moved into another tenant by the write.
export async function moved({ ctx, input }: { ctx: Ctx; input: { invitationId: string; organizationId: string } }) {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } });
  if (!invitation || invitation.email !== ctx.session.user.email) throw new Error("not yours");
  await ctx.prisma.invitation.update({ where: { id: input.invitationId }, data: { organizationId: input.organizationId } }); // want "update on tenant-scoped \"Invitation\""
}

// The compare in a loop whose mismatch only skips to the next.
export async function looped({ ctx, input }: { ctx: Ctx; input: { ids: string[] } }) {
  let id = "";
  for (id of input.ids) {
    const invitation = await ctx.prisma.invitation.findUnique({ where: { id } });
    if (!invitation || invitation.email !== ctx.session.user.email) continue;
  }
  await ctx.prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// A let holding the caller's id, changed before the read.
export async function letId({ ctx, input }: { ctx: Ctx; input: { userId: string } }) {
  let userId = ctx.session.user.id;
  if (input.userId) userId = input.userId;
  return ctx.prisma.member.findMany({ where: { userId } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

export async function movedByRelation({ ctx, input }: { ctx: Ctx; input: { invitationId: string; organizationId: string } }) {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } });
  if (!invitation || invitation.email !== ctx.session.user.email) throw new Error("not yours");
  await ctx.prisma.invitation.update({ where: { id: input.invitationId }, data: { organization: { connect: { id: input.organizationId } } } }); // want "update on tenant-scoped \"Invitation\""
}

// Near misses: awaited with then, and the caller's row given its status.
export async function thenAwaited({ ctx }: { ctx: Ctx }) {
  return ctx.prisma.invitation.findFirst({ where: { email: ctx.session.user.email } }).then((x: unknown) => x);
}

export async function decline({ ctx, input }: { ctx: Ctx; input: { invitationId: string } }) {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } });
  if (!invitation || invitation.email !== ctx.session.user.email) throw new Error("not yours");
  await ctx.prisma.invitation.update({ where: { id: input.invitationId }, data: { status: "declined" } });
  await ctx.prisma.invitation.upsert({ where: { id: input.invitationId }, update: { status: "seen" }, create: { status: "seen" } });
}
