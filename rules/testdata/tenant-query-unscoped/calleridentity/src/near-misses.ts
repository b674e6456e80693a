declare const prisma: any;
declare function CurrentUser(): ParameterDecorator;
declare function SessionUser(): ParameterDecorator;
type Ctx = { prisma: any; session: { user: { id: string; email: string } } };

// The identity's root a local the function builds from the request.
export async function localContext(input: { id: string; email: string }) {
  const ctx = { session: { user: { id: input.id, email: input.email } } };
  return prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

// The parameter given another value, or a part of it, before the read.
export async function reassigned({ ctx, input }: { ctx: Ctx; input: { userId: string } }) {
  ctx = { ...ctx, session: { user: { id: input.userId, email: "" } } };
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

export async function partChanged({ ctx, input }: { ctx: Ctx; input: { userId: string } }) {
  ctx.session.user.id = input.userId;
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

export async function assigned({ ctx, input }: { ctx: Ctx; input: { userId: string } }) {
  Object.assign(ctx.session.user, { id: input.userId });
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

// Shadowed by a callback's parameter of the same name.
export async function shadowed({ ctx }: { ctx: Ctx }, all: Ctx[]) {
  return all.map((ctx) => ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } })); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

// A default the caller need not be.
export async function defaulted(ctx: Ctx = { prisma, session: { user: { id: "admin", email: "" } } }) {
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

// Pinned only under an OR, or with a spread after the pin that may
// replace it, or the pin given twice.
export async function underOr({ ctx, input }: { ctx: Ctx; input: { userId: string } }) {
  return ctx.prisma.member.findMany({ where: { OR: [{ userId: ctx.session.user.id }, { userId: input.userId }] } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

export async function namedTwice({ ctx, input }: { ctx: Ctx; input: { userId: string } }) {
  // @ts-expect-error the later entry wins
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id, userId: input.userId } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

export async function spreadAfter({ ctx, input }: { ctx: Ctx; input: { filter: object } }) {
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id, ...input.filter } }); // want "cannot see"
}

// The key from the request, and an optional chain that may give undefined
// (Prisma drops the filter).
export async function fromInput({ ctx, input }: { ctx: Ctx; input: { userId: string; email: string } }) {
  await ctx.prisma.member.findMany({ where: { userId: input.userId } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
  await ctx.prisma.invitation.findMany({ where: { email: input.email } }); // want "findMany on tenant-scoped \"Invitation\" does not filter by the tenant"
  return ctx.prisma.member.findMany({ where: { userId: ctx.session?.user?.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

// A write keyed by the caller alone reaches the caller's rows in every
// tenant at once.
export async function leaveAll({ ctx }: { ctx: Ctx }) {
  await ctx.prisma.member.deleteMany({ where: { userId: ctx.session.user.id } }); // want "deleteMany on tenant-scoped \"Member\" does not filter by the tenant"
  await ctx.prisma.invitation.updateMany({ where: { email: ctx.session.user.email }, data: { status: "seen" } }); // want "updateMany on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// The inviter's key is the invitation's user key; the caller's email is
// no id, nor the caller's id an email.
export async function wrongField({ ctx }: { ctx: Ctx }) {
  await ctx.prisma.member.findMany({ where: { userId: ctx.session.user.email } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
  return ctx.prisma.invitation.findMany({ where: { email: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// A comparison that does not leave, and the row used before it.
export async function onlyLogs({ ctx, input }: { ctx: Ctx; input: { invitationId: string } }) {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (invitation.email !== ctx.session.user.email) console.log("not yours");
  await ctx.prisma.invitation.delete({ where: { id: input.invitationId } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
  return invitation;
}

export async function usedFirst({ ctx, input }: { ctx: Ctx; input: { invitationId: string } }, send: (x: unknown) => void) {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  send(invitation);
  if (invitation.email !== ctx.session.user.email) throw new Error("not yours");
  await ctx.prisma.invitation.delete({ where: { id: input.invitationId } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// Compared with the caller, then another key written.
export async function otherKey({ ctx, input }: { ctx: Ctx; input: { invitationId: string; otherId: string } }) {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } });
  if (!invitation || invitation.email !== ctx.session.user.email) throw new Error("not yours");
  await ctx.prisma.invitation.delete({ where: { id: input.otherId } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// A row proven the caller's is not the caller's tenant's: its
// organization's other rows stay reported.
export async function sameOrganization({ ctx, input }: { ctx: Ctx; input: { invitationId: string; memberId: string } }) {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } });
  if (!invitation || invitation.email !== ctx.session.user.email) throw new Error("not yours");
  const member = await ctx.prisma.member.findUnique({ where: { id: input.memberId } }); // want "findUnique on tenant-scoped \"Member\" does not filter by the tenant"
  if (member.organizationId !== invitation.organizationId) throw new Error("elsewhere");
  return member;
}

// A decorator the configuration does not name, and the configured one on
// a parameter reassigned.
export class Resolver {
  async mine(@SessionUser() user: { id: string }) {
    return prisma.member.findMany({ where: { userId: user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
  }

  async other(@CurrentUser() user: { id: string }, id: string) {
    user = { id };
    return prisma.member.findMany({ where: { userId: user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
  }

  async undecorated(user: { id: string }) {
    return prisma.member.findMany({ where: { userId: user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
  }
}

// A helper of the file taking a context is the caller's only when every
// call hands it the framework's: here one builds it from the request.
async function helperMemberships(ctx: Ctx) {
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

export async function asOther({ ctx, input }: { ctx: Ctx; input: { userId: string } }) {
  return helperMemberships({ ...ctx, session: { user: { id: input.userId, email: "" } } });
}

// A row addressed to the caller is not the caller's tenant's: its
// organization's other rows, included with it, are that tenant's.
export async function invitedOrganizationsMembers({ ctx, input }: { ctx: Ctx; input: { invitationId: string } }) {
  await ctx.prisma.invitation.findMany({ where: { email: ctx.session.user.email }, include: { organization: { include: { members: true } } } }); // want "findMany on tenant-scoped \"Invitation\" does not filter by the tenant"
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId }, include: { organization: { select: { members: true } } } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation || invitation.email !== ctx.session.user.email) throw new Error("not yours");
  return invitation;
}

// The decorated method handed another parameter by a method of its class.
export class Permissions {
  async permissions(@CurrentUser() user: { id: string }) {
    return prisma.member.findMany({ where: { userId: user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
  }

  async forParent(parent: { id: string }) {
    return this.permissions(parent);
  }
}

// A helper handed another parameter than the framework's context.
async function helperOf(ctx: Ctx) {
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

export async function viaOther({ ctx, other }: { ctx: Ctx; other: Ctx }) {
  await helperOf(ctx);
  return helperOf(other);
}

// The root destructured under another property: the request's input named
// ctx, or a context nested in one.
export async function renamedInput({ input: ctx }: { input: Ctx }) {
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

export async function nestedContext({ body: { ctx } }: { body: { ctx: Ctx } }) {
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

export async function listed([ctx]: Ctx[]) {
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

// A comparison whose match only notifies, or whose throw a catch keeps.
export async function matchedOnlyNotifies({ ctx, input }: { ctx: Ctx; input: { invitationId: string } }, notify: () => void) {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } });
  if (invitation && invitation.email === ctx.session.user.email) notify();
  await ctx.prisma.invitation.delete({ where: { id: input.invitationId } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function caught({ ctx, input }: { ctx: Ctx; input: { invitationId: string } }) {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  try {
    if (invitation.email !== ctx.session.user.email) throw new Error("not yours");
  } catch {}
  await ctx.prisma.invitation.delete({ where: { id: input.invitationId } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
  return invitation;
}

export async function orAdmin({ ctx, input }: { ctx: Ctx; input: { invitationId: string; admin: boolean } }) {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (invitation.email !== ctx.session.user.email && !input.admin) throw new Error("not yours");
  return invitation;
}
