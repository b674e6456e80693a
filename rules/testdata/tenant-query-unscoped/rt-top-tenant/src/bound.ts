// A query bound to a name before it is awaited is walked by the fluent
// calls on that name.
export async function bound(prisma: any, id: string, name: string) {
  const q = prisma.group.findFirst({ where: { name } }); // want "findFirst on tenant \"Group\" includes its \"expenses\""
  await q.expenses();
  const one = prisma.group.findUnique({ where: { id } }); // want "includes its \"parent.expenses\""
  await one.parent().expenses();
  // The found group's own rows, or the row itself awaited.
  const own = prisma.group.findUnique({ where: { id } });
  await own.expenses();
  const row = prisma.group.findFirst({ where: { name } });
  return (await row).id;
}
