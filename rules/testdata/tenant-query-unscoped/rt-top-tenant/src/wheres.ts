declare const Prisma: any;

// Filters on a unique key that are no equality of one value reach many
// groups.
export async function uniqueNotEqual(prisma: any, q: string, slug: string, id: string, ids: string[], input: { slug?: string }, cond: boolean) {
  await prisma.group.findMany({ where: { slug: { startsWith: q } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { slug: { not: slug } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { slug: { equals: slug, mode: "insensitive" } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { slug: { in: [slug], mode: "insensitive" } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findFirst({ where: { id: undefined }, include: { expenses: true } }); // want "findFirst on tenant \"Group\""
  await prisma.group.findFirst({ where: { id: Prisma.skip }, include: { expenses: true } }); // want "findFirst on tenant \"Group\""
  await prisma.group.findFirst({ where: { id: { equals: undefined } }, include: { expenses: true } }); // want "findFirst on tenant \"Group\""
  await prisma.group.findMany({ where: { id: { in: undefined } }, include: { expenses: true } }); // want "findMany on tenant \"Group\""
  await prisma.group.findFirst({ where: { slug: input.slug }, include: { expenses: true } }); // want "findFirst on tenant \"Group\" filters by a tenant value that may be undefined"
  await prisma.group.findFirst({ where: { id: cond ? id : undefined }, include: { expenses: true } }); // want "findFirst on tenant \"Group\""
  await prisma.group.findFirst({ where: { OR: [{ id }, {}] }, include: { expenses: true } }); // want "findFirst on tenant \"Group\" includes its \"expenses\""
  await prisma.group.findMany({ where: { AND: [] }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { NOT: [{ id }] }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: cond ? { id } : {}, include: { expenses: true } }); // want "findMany on tenant \"Group\""
  await prisma.group.findMany({ where: { OR: [{ id }, { slug: { not: slug } }] }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ cursor: { id }, take: 10, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ distinct: ["id"], where: { plan: "pro" }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { apiKey: { not: null } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { apiKey: { equals: slug, mode: "insensitive" } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
}

// Filters through the membership that name no user.
export async function members(prisma: any, userId: string) {
  await prisma.group.findMany({ where: { members: { some: {} } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { members: { some: { userId: undefined } } }, include: { expenses: true } }); // want "findMany on tenant \"Group\""
  await prisma.group.findMany({ where: { members: { some: { id: { not: userId } } } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { members: { some: { userId: { not: userId } } } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { members: { some: { user: { isNot: { id: userId } } } } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { planRow: { id: userId } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { planId: userId }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
}

// A where built and then changed, or spread over.
export async function changed(prisma: any, id: string, filter: any) {
  const where: any = { id };
  where.id = { not: id };
  await prisma.group.findMany({ where, include: { expenses: true } }); // want "findMany on tenant \"Group\""
  const w2: any = { id };
  delete w2.id;
  await prisma.group.findMany({ where: w2, include: { expenses: true } }); // want "findMany on tenant \"Group\""
  await prisma.group.findMany({ where: { id, ...filter }, include: { expenses: true } }); // want "findMany on tenant \"Group\""
  const none = { id: undefined };
  await prisma.group.findMany({ where: { id, ...none }, include: { expenses: true } }); // want "findMany on tenant \"Group\""
  const all = { where: {} };
  await prisma.group.findMany({ where: { id }, include: { expenses: true }, ...all }); // want "findMany on tenant \"Group\""
  await prisma.group.findMany({ where: { id }, include: { expenses: true }, ...filter }); // want "findMany on tenant \"Group\""
  let w3: any = { id };
  w3 = {};
  await prisma.group.findMany({ where: w3, include: { expenses: true } }); // want "findMany on tenant \"Group\""
}

// Pinned: stays quiet.
export async function pinned(prisma: any, id: string, slug: string, userId: string, ids: string[]) {
  await prisma.group.findFirst({ where: { slug: { equals: slug } }, include: { expenses: true } });
  await prisma.group.findMany({ where: { id: { in: [] } }, include: { expenses: true } });
  await prisma.group.findMany({ where: { id: { in: ids } }, include: { expenses: true }, distinct: ["id"] });
  await prisma.group.findMany({ where: { members: { some: { userId } } }, include: { expenses: true } });
  await prisma.group.findMany({ where: { members: { some: { user: { id: userId } } } }, include: { expenses: true } });
  await prisma.group.findUnique({ where: { id } }).expenses();
  await prisma.group.findMany({ where: { id }, include: { _count: { select: { expenses: true } } } });
  await prisma.group.findMany({ where: { OR: [{ id }, { slug }] }, include: { expenses: true } });
  await prisma.group.groupBy({ by: ["plan"], _count: true });
  await prisma.group.aggregate({ _count: true });
}

// A mode the rule cannot read, or one given by a spread, may be
// insensitive; the default mode is the equality it reads.
export async function modes(prisma: any, slug: string, mode: any, opts: any) {
  await prisma.group.findFirst({ where: { slug: { equals: slug, mode } }, include: { expenses: true } }); // want "findFirst on tenant \"Group\" includes its \"expenses\""
  await prisma.group.findFirst({ where: { slug: { equals: slug, ...opts } }, include: { expenses: true } }); // want "findFirst on tenant \"Group\" includes its \"expenses\""
  await prisma.group.findFirst({ where: { slug: { equals: slug, mode: "default" } }, include: { expenses: true } });
  await prisma.group.findFirst({ where: { slug: { equals: slug }, name: { equals: slug, mode: "insensitive" } }, include: { expenses: true } });
}

// A scoped model's tenant compared case-insensitively reaches tenants
// whose ids differ in case only.
export async function scopedModes(prisma: any, groupId: string, id: string) {
  await prisma.expense.findMany({ where: { groupId: { equals: groupId, mode: "insensitive" } } }); // want "findMany on tenant-scoped \"Expense\""
  await prisma.expense.findMany({ where: { groupId: { equals: groupId, mode: "default" } } });
  await prisma.expense.findMany({ where: { groupId: { equals: groupId }, id: { contains: id, mode: "insensitive" } } });
}
