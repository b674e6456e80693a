declare const prisma: any;
type Ctx = { prisma: any; session: { user: { id: string; email: string } } };

// The identity changed through another name holding part of it.
export async function aliasChanged({ ctx, input }: { ctx: Ctx; input: { userId: string } }) {
  const session = ctx.session;
  session.user = { id: input.userId, email: "" };
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

export async function aliasAssigned({ ctx, input }: { ctx: Ctx; input: { userId: string } }) {
  const user = ctx.session.user;
  Object.assign(user, { id: input.userId });
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

// Changed by a helper of the file handed the context.
function impersonate(ctx: Ctx, id: string) {
  ctx.session.user.id = id;
}

export async function helperChanged({ ctx, input }: { ctx: Ctx; input: { userId: string } }) {
  impersonate(ctx, input.userId);
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

// Deleted: the filter's value is then undefined, which Prisma drops.
export async function deleted({ ctx }: { ctx: Ctx }) {
  delete (ctx.session.user as any).id;
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

// Near misses: a part of the identity read under another name, and the
// context handed to a helper that only reads it.
function describe(ctx: Ctx) {
  return `user ${ctx.session.user.id}`;
}

export async function aliasRead({ ctx }: { ctx: Ctx }) {
  const session = ctx.session;
  console.log(session.user.email, describe(ctx));
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } });
}
