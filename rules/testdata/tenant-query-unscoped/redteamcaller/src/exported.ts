declare const prisma: any;
declare function CurrentUser(): ParameterDecorator;
type Ctx = { prisma: any; session: { user: { id: string; email: string } } };

// Exported helpers another file calls with a context it builds.
export async function listFor(ctx: Ctx) {
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

export async function listViaNamespace(ctx: Ctx) {
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}

export class Resolver {
  async workspacesOf(@CurrentUser() user: { id: string }) {
    return prisma.member.findMany({ where: { userId: user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
  }
}

// Near miss: called elsewhere only with the framework's context.
export async function ownFor(ctx: Ctx) {
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } });
}

export async function listByKey(ctx: Ctx) {
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
}
