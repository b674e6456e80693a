declare const protectedProcedure: any;
declare const prisma: any;
declare const emitter: any;
declare function CurrentUser(): ParameterDecorator;
type Ctx = { prisma: any; session: { user: { id: string; email: string } } };

// A callback of a list's method gets the list's elements, which the
// caller builds; no outer ctx to shadow.
export async function mapped(all: Ctx[]) {
  return all.map((ctx) => prisma.member.findMany({ where: { userId: ctx.session.user.id } })); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

export async function reduced(all: Ctx[]) {
  return all.reduce((acc: any, ctx) => prisma.member.findMany({ where: { userId: ctx.session.user.id } }), null); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

export async function destructuredMap(all: { ctx: Ctx }[]) {
  return all.map(({ ctx }) => prisma.member.findMany({ where: { userId: ctx.session.user.id } })); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

export function onEvent() {
  emitter.on("join", (ctx: Ctx) => prisma.member.findMany({ where: { userId: ctx.session.user.id } })); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

// A helper of the file handed a built context other than by a call of
// its name: call, apply, an alias, a list's method.
async function viaCall(ctx: Ctx) {
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

export async function callsViaCall({ input }: { input: { id: string } }) {
  return viaCall.call(null, { prisma, session: { user: { id: input.id, email: "" } } });
}

async function viaAlias(ctx: Ctx) {
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

export async function callsViaAlias({ input }: { input: { id: string } }) {
  const alias = viaAlias;
  return alias({ prisma, session: { user: { id: input.id, email: "" } } });
}

async function viaList(ctx: Ctx) {
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

export async function callsViaList({ input }: { input: { id: string } }) {
  return [{ prisma, session: { user: { id: input.id, email: "" } } }].map(viaList);
}

// A function declared inside the procedure, called with a chosen object.
export async function innerDeclared({ input }: { input: { id: string } }) {
  async function inner(ctx: Ctx) {
    return prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
  }
  return inner({ prisma, session: { user: { id: input.id, email: "" } } });
}

// A decorated method called through a computed name, or handed out.
export class Workspaces {
  async workspaces(@CurrentUser() user: { id: string }) {
    return prisma.member.findMany({ where: { userId: user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
  }

  async other(id: string) {
    return this["workspaces"]({ id });
  }
}

export class Handed {
  async mine(@CurrentUser() user: { id: string }) {
    return prisma.member.findMany({ where: { userId: user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
  }

  async other(id: string) {
    const { mine } = this;
    return mine.call(this, { id });
  }
}

// The relation filter with other keys beside the id.
export async function relationOr({ ctx, input }: { ctx: Ctx; input: { userId: string } }) {
  return ctx.prisma.member.findMany({ where: { user: { id: ctx.session.user.id, OR: [{ id: input.userId }] } } });
}

// email filters that widen.
export async function emailFilters({ ctx, input }: { ctx: Ctx; input: { email: string } }) {
  await ctx.prisma.invitation.findMany({ where: { email: { contains: ctx.session.user.email } } }); // want "findMany on tenant-scoped \"Invitation\" does not filter by the tenant"
  await ctx.prisma.invitation.findMany({ where: { email: { in: [ctx.session.user.email, input.email] } } }); // want "findMany on tenant-scoped \"Invitation\" does not filter by the tenant"
  await ctx.prisma.invitation.findMany({ where: { email: { not: ctx.session.user.email } } }); // want "findMany on tenant-scoped \"Invitation\" does not filter by the tenant"
  await ctx.prisma.invitation.findMany({ where: { email: { equals: ctx.session.user.email, mode: "insensitive" } } }); // want "findMany on tenant-scoped \"Invitation\" does not filter by the tenant"
  return ctx.prisma.member.findMany({ where: { user: { is: { id: ctx.session.user.id } } } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

// The key reassigned between the compare and the write.
export async function rekeyed({ ctx, input }: { ctx: Ctx; input: { invitationId: string; otherId: string } }) {
  let id = input.invitationId;
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id } });
  if (!invitation || invitation.email !== ctx.session.user.email) throw new Error("not yours");
  id = input.otherId;
  await ctx.prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// The compare on a lowered copy, and with the row's field against itself.
export async function lowered({ ctx, input }: { ctx: Ctx; input: { invitationId: string } }) {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (invitation.email.toLowerCase() !== ctx.session.user.email.toLowerCase()) throw new Error("not yours");
  return invitation;
}

// The email selected away, so the compare reads undefined.
export async function selectedAway({ ctx, input }: { ctx: Ctx; input: { invitationId: string } }) {
  const invitation = await ctx.prisma.invitation.findUnique({ where: { id: input.invitationId }, select: { id: true, status: true } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (invitation.email !== ctx.session.user.email) throw new Error("not yours");
  return invitation;
}

// Grouped rows read by another where: by the caller's id, but exposing other users'.
export async function grouped({ ctx }: { ctx: Ctx }) {
  return ctx.prisma.member.groupBy({ by: ["organizationId"], where: { userId: ctx.session.user.id } });
}

// Top-level pin with a widening OR: Prisma ANDs the top level, so this is the caller's.
export async function pinnedAndOr({ ctx, input }: { ctx: Ctx; input: { org: string } }) {
  await ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id, OR: [{ organizationId: input.org }, {}] } });
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id, NOT: { organizationId: input.org }, AND: [] } });
}

// A listener written at the top level gets the event the emitter is given.
emitter.on("leave", (ctx: Ctx) => prisma.member.findMany({ where: { userId: ctx.session.user.id } })); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"

// A named function handed to a list's method at the top level.
async function eachOf(ctx: Ctx) {
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}
export const all = ([] as Ctx[]).map(eachOf);

export class Keyed {
  async keyed(@CurrentUser() user: { id: string }) {
    return prisma.member.findMany({ where: { userId: user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
  }

  async other(id: string) {
    const name = "keyed";
    return (this as any)[name]({ id });
  }
}

// Near miss: the method's name in its own decorator.
declare function Query(options?: object): MethodDecorator;
export class Named {
  @Query({ name: "namedWorkspaces" })
  async namedWorkspaces(@CurrentUser() user: { id: string }) {
    return prisma.member.findMany({ where: { userId: user.id } });
  }
}
