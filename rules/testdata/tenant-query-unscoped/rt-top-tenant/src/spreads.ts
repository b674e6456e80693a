// An include object with a spread still shows the relations written
// beside it, and those the spread gives.
export async function spreadInInclude(prisma: any, id: string, cond: boolean, defaults: any) {
  await prisma.group.findUnique({ where: { id }, include: { ...defaults, planRow: { include: { groups: { include: { expenses: true } } } } } }); // want "includes its \"planRow.groups.expenses\""
  await prisma.group.findUnique({ where: { id }, include: { ...(cond ? { planRow: { include: { groups: { include: { expenses: true } } } } } : {}) } }); // want "includes its \"planRow.groups.expenses\""
  await prisma.group.findMany({ include: { ...defaults, expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findUnique({ where: { id }, include: { planRow: { include: { ...defaults, groups: { include: { members: true } } } } } }); // want "includes its \"planRow.groups.members\""
}

// The pinned group's own rows beside a spread of a literal stay quiet;
// beside a spread of a name, which may leave the group, they are a notice.
export async function spreadOwn(prisma: any, id: string, defaults: any) {
  await prisma.group.findUnique({ where: { id }, include: { ...defaults, expenses: true, planRow: true } }); // want "cannot see what findUnique on tenant \"Group\" includes"
  await prisma.group.findUnique({ where: { id }, include: { ...{ members: true }, planRow: { select: { name: true } } } });
}
