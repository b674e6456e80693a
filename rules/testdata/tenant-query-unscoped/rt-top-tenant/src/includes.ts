// A read pinned to one group whose include leaves it, through a global
// model or a relation to another group, and comes back to scoped rows
// shows other tenants' rows.
export async function crossing(prisma: any, id: string, slug: string) {
  await prisma.group.findMany({ where: { id }, include: { planRow: { include: { groups: { include: { expenses: true } } } } } }); // want "includes its \"planRow.groups.expenses\""
  await prisma.group.findFirst({ where: { slug }, include: { parent: { include: { expenses: true } } } }); // want "includes its \"parent.expenses\""
  await prisma.group.findUnique({ where: { id }, include: { children: { select: { members: true } } } }); // want "includes its \"children.members\""
  await prisma.group.findUnique({ where: { id }, include: { members: { include: { user: { include: { paid: true } } } } } }); // want "includes its \"members.user.paid\""
  await prisma.group.findUniqueOrThrow({ where: { id }, select: { expenses: { select: { paidBy: { select: { memberships: true } } } } } }); // want "includes its \"expenses.paidBy.memberships\""
}

// Includes the rule must read however they are spelled.
export async function spellings(prisma: any, tx: any) {
  await prisma.group.findMany({ "include": { "expenses": true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.$transaction([prisma.group.findMany({ include: { members: true } })]); // want "findMany on tenant \"Group\" includes its \"members\" of every group"
  await prisma.$transaction(async (t: any) => t.group.findMany({ include: { members: true } })); // want "findMany on tenant \"Group\" includes its \"members\" of every group"
  await tx.group.findFirstOrThrow({ where: { name: "x" } }).members(); // want "findFirstOrThrow on tenant \"Group\" includes its \"members\""
  await prisma.group.findMany({ include: { planRow: { select: { groups: { select: { members: { select: { userId: true } } } } } } } }); // want "includes its \"planRow.groups.members\" of every group"
}

// Writes of the top tenant return its rows with their include too.
export async function writes(prisma: any, id: string, name: string) {
  await prisma.group.updateManyAndReturn({ where: { plan: "pro" }, data: { name }, include: { expenses: true } }); // want "updateManyAndReturn on tenant \"Group\" includes its \"expenses\""
  await prisma.group.update({ where: { id }, data: { name }, include: { planRow: { include: { groups: { include: { expenses: true } } } } } }); // want "includes its \"planRow.groups.expenses\""
  await prisma.group.upsert({ where: { id }, create: { id, name, slug: name, plan: "free", planId: "p" }, update: { name }, include: { parent: { include: { expenses: true } } } }); // want "includes its \"parent.expenses\""
}

// The pinned group's own rows, and what they link back to in it, stay
// quiet.
export async function ownRows(prisma: any, id: string, slug: string, name: string) {
  await prisma.group.findUnique({ where: { id }, include: { expenses: true, members: { include: { user: true } } } });
  await prisma.group.findFirst({ where: { slug }, include: { expenses: { include: { paidBy: { select: { email: true } } } } } });
  await prisma.group.findMany({ where: { id }, include: { members: { include: { group: true } } } });
  await prisma.group.findUnique({ where: { id }, include: { planRow: true, parent: { select: { name: true } } } });
  await prisma.group.findUnique({ where: { id }, include: { planRow: { include: { _count: { select: { groups: true } } } } } });
  await prisma.group.update({ where: { id }, data: { name }, include: { expenses: true } });
  await prisma.group.updateManyAndReturn({ where: { plan: "pro" }, data: { name }, select: { id: true } });
  await prisma.group.createManyAndReturn({ data: [{ id, name, slug: name, plan: "free", planId: "p" }], include: { planRow: true } });
}

// A created group's include leaves it as a read's does.
export async function created(prisma: any, id: string, name: string) {
  await prisma.group.create({ data: { id, name, slug: name, plan: "free", planId: "p" }, include: { planRow: { include: { groups: { include: { members: true } } } } } }); // want "includes its \"planRow.groups.members\""
  await prisma.group.create({ data: { id, name, slug: name, plan: "free", planId: "p" }, include: { planRow: true, members: true } });
}
