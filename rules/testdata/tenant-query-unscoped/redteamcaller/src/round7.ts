type Ctx = { prisma: any; session: { user: { id: string; email: string } } };

// A method of an object literal reached without its name.
const api = {
  async list(ctx: Ctx) {
    return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
  },
};

export async function viaValues({ input }: { input: { userId: string } }) {
  return Object.values(api).map((f) => f({ prisma: null, session: { user: { id: input.userId, email: "" } } }));
}

// Near miss: the object's method called by its name with the caller's
// context.
const own = {
  async list(ctx: Ctx) {
    return ctx.prisma.member.findMany({ where: { userId: ctx.session.user.id } });
  },
};

export async function viaName({ ctx }: { ctx: Ctx }) {
  return own.list(ctx);
}
