// A membership filter pins the groups of one user only.
export async function memberFilters(prisma: any, q: string, email: string, userId: string) {
  await prisma.group.findMany({ where: { members: { some: { user: { email: { contains: q } } } } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { members: { some: { user: { email: { equals: email, mode: "insensitive" } } } } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { members: { some: { user: { isNot: { email } } } } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { members: { none: { userId } } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { members: { some: { userId }, every: {} } }, include: { expenses: true } });
}
