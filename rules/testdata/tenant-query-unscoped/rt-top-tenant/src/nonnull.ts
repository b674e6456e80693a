// A non-null assertion tells the compiler only: a value that may be
// undefined still reaches Prisma, which drops it and finds any tenant.
export async function asserted(prisma: any, input: { slug?: string; groupId?: string }, slug: string | undefined, sure: string) {
  await prisma.group.findFirst({ where: { slug: input.slug! }, include: { expenses: true } }); // want "findFirst on tenant \"Group\" filters by a tenant value that may be undefined"
  await prisma.group.findFirst({ where: { slug: slug! }, include: { expenses: true } }); // want "findFirst on tenant \"Group\" filters by a tenant value that may be undefined"
  await prisma.expense.findMany({ where: { groupId: input.groupId! } }); // want "findMany on tenant-scoped \"Expense\".*may be undefined"
  // A value that is set, asserted or not, pins the read.
  await prisma.group.findFirst({ where: { slug: sure! }, include: { expenses: true } });
  await prisma.expense.findMany({ where: { groupId: sure! } });
}
