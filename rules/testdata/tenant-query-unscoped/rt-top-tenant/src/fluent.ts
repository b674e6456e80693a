// The fluent API walks a relation of the row found; its arguments are an
// include of the rows it reaches.
export async function fluent(prisma: any, id: string, name: string) {
  await prisma.group.findUnique({ where: { id } }).children({ include: { expenses: true } }); // want "includes its \"children.expenses\""
  await prisma.group.findFirst({ where: { name } }).planRow().groups({ include: { members: true } }); // want "findFirst on tenant \"Group\""
  await prisma.group.findUnique({ where: { id } }).planRow().groups({ include: { members: true } }); // want "findUnique on tenant \"Group\""
  await prisma.group.findUnique({ where: { id } }).parent().expenses(); // want "findUnique on tenant \"Group\""
  await prisma.group.findUnique({ where: { id } }).members({ include: { user: { include: { paid: true } } } }); // want "includes its \"members.user.paid\""
  // The found group's own rows.
  await prisma.group.findUnique({ where: { id } }).members({ include: { user: true } });
  await prisma.group.findUnique({ where: { id } }).expenses({ where: { amount: 1 } });
  await prisma.group.findUnique({ where: { id } }).children({ select: { id: true, name: true } });
}

// A chain that ends on a global row, or a method of the promise, shows
// no scoped row.
export async function fluentNoRows(prisma: any, name: string) {
  await prisma.group.findFirst({ where: { name } }).planRow().then((p: any) => p);
  await prisma.group.findFirst({ where: { name } }).parent().planRow();
  await prisma.group.findFirst({ where: { name } }).children({ select: { name: true } });
}
