// The same reads pinned to one tenant, or showing no tenant's rows, stay
// quiet: a tenant value is taken at its word, and listing the tenants
// themselves is a policy matter the rule leaves alone.
export async function pinned(prisma: any, ctx: any, id: string, ids: string[], slug: string, userId: string) {
  await prisma.group.findMany({ where: { id }, include: { expenses: true } });
  await prisma.group.findFirst({ where: { id: { equals: id } }, include: { expenses: true } });
  await prisma.group.findMany({ where: { id: { in: ids } }, include: { expenses: true } });
  await prisma.group.findFirst({ where: { slug }, include: { members: true } });
  await prisma.group.findFirst({ where: { AND: [{ slug }, { plan: "pro" }] }, include: { members: true } });
  await prisma.group.findFirst({ where: { OR: [{ id }, { slug }] }, include: { members: true } });
  await prisma.group.findUnique({ where: { slug }, include: { expenses: true } });
  await prisma.group.findUniqueOrThrow({ where: { id }, include: { expenses: true } });
  // The groups a user belongs to: that user's tenants.
  await prisma.group.findMany({ where: { members: { some: { userId } } }, include: { expenses: true } });
  // A scoped client scoping the read.
  await ctx.groupDb.group.findMany({ include: { expenses: true } });
}

export async function noTenantRows(prisma: any, cond: boolean) {
  await prisma.group.findMany();
  await prisma.group.findMany({ where: { plan: "pro" } });
  await prisma.group.findMany({ select: { id: true, name: true } });
  await prisma.group.findMany({ include: { planRow: true } });
  await prisma.group.findMany({ include: { planRow: { select: { name: true } } } });
  await prisma.group.findMany({ include: { _count: { select: { expenses: true } } } });
  await prisma.group.findMany({ select: { name: true, _count: { select: { members: true } } } });
  await prisma.group.findMany({ include: { expenses: false } });
  await prisma.group.findMany({ include: { parent: true } });
  await prisma.group.count({ where: { plan: "pro" } });
  await prisma.group.findFirst({ where: { name: "x" } }).planRow();
  await prisma.group.findFirst({ where: { name: "x" } }).then((g: any) => g);
}

// A page's cursor spread into the read includes nothing.
export async function paged(prisma: any, cursor: string | undefined, take: number) {
  await prisma.group.findMany({ take, ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}), orderBy: { id: "asc" } });
  await prisma.group.findMany({ ...(cursor && { cursor: { id: cursor } }), select: { id: true, name: true } });
  const page = { take, skip: 0 };
  await prisma.group.findMany({ ...page, include: { planRow: true } });
}

// A group found by the API key the caller presents is the caller's.
export async function byApiKey(prisma: any, apiKey: string) {
  await prisma.group.findFirst({ where: { apiKey, plan: "pro" }, include: { expenses: true } });
  await prisma.group.findFirst({ where: { apiKey: { equals: apiKey } }, include: { members: true } });
}

// A const nothing changes is read as written.
export async function constArgs(prisma: any) {
  const args = { where: { plan: "pro" }, include: { planRow: true } };
  if (args.where.plan === "free") return;
  await prisma.group.findMany(args);
  await prisma.group.count({ where: args.where });
}
