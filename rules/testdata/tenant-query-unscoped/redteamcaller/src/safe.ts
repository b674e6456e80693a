declare const protectedProcedure: any;
declare const prisma: any;
declare function createTRPCRouter(routes: object): any;
declare function CurrentUser(): ParameterDecorator;
type Ctx = { prisma: any; session: { user: { id: string; email: string } } };

// tRPC's procedures in a router object, chained builders before the
// callback: the framework hands the context.
export const router = createTRPCRouter({
  mine: protectedProcedure.input({}).query(async ({ ctx }: { ctx: Ctx }) => ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } })),
  invited: protectedProcedure.query(({ ctx }: { ctx: Ctx }) => ctx.prisma.invitation.findMany({ where: { email: ctx.session.user.email } })),
});

// A helper re-exported by name, and called with the procedure's own
// context.
async function ownMemberships(ctx: Ctx) {
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } });
}
export { ownMemberships };
export const own = protectedProcedure.query(async ({ ctx }: { ctx: Ctx }) => ownMemberships(ctx));

// A decorated method whose name another class also uses, and a property
// of another object spelled like the helper.
export class A {
  async sharedName(@CurrentUser() user: { id: string }) {
    return prisma.member.findMany({ where: { userId: user.id } });
  }
}
export class B {
  async sharedName(@CurrentUser() user: { id: string }) {
    return prisma.member.findMany({ where: { userId: user.id } });
  }
}
export const labels = { ownMemberships: "mine" };

// A named function handed to the framework's builder.
async function listMine({ ctx }: { ctx: Ctx }) {
  return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } });
}
export const listed = protectedProcedure.query(listMine);
