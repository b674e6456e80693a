// A read of the top tenant that no where pins to one tenant and that
// includes or selects a scoped relation reads every tenant's rows of it,
// with no tenant filter anywhere.
export async function everyGroup(prisma: any, input: { name: string; plan: string }, cond: boolean, more: any) {
  await prisma.group.findMany({ include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group; pin the read to one tenant \\(where: \\{ id \\}\\), or ignore it with a reason$"
  await prisma.group.findMany({ where: { plan: input.plan }, select: { expenses: { select: { amount: true } } } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findFirst({ where: { name: input.name }, include: { members: true } }); // want "findFirst on tenant \"Group\" includes its \"members\" of whichever group it finds"
  await prisma.group.findFirstOrThrow({ where: { name: input.name }, include: { expenses: { where: { amount: 1 } } } }); // want "findFirstOrThrow on tenant \"Group\" includes its \"expenses\""
  // At any depth: through a global model, or a parent of the same kind.
  await prisma.group.findMany({ include: { planRow: { include: { groups: { include: { expenses: true } } } } } }); // want "includes its \"planRow.groups.expenses\" of every group"
  await prisma.group.findMany({ where: { plan: "pro" }, include: { children: { include: { members: true } } } }); // want "includes its \"children.members\" of every group"
  // A value that may be true shows the rows.
  await prisma.group.findMany({ include: { expenses: cond } }); // want "findMany on tenant \"Group\" includes its \"expenses\""
  // An OR with a branch that pins nothing, a NOT, an id excluded.
  await prisma.group.findMany({ where: { OR: [{ id: input.name }, { name: input.name }] }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\""
  await prisma.group.findMany({ where: { id: { not: input.name } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\""
  await prisma.group.findMany({ where: { NOT: { id: input.name } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\""
  // A const object is read as written.
  const args = { where: { plan: "pro" }, include: { expenses: true } };
  await prisma.group.findMany(args); // want "findMany on tenant \"Group\" includes its \"expenses\""
  // The fluent API reads the relation of the row found.
  await prisma.group.findFirst({ where: { name: input.name } }).expenses(); // want "findFirst on tenant \"Group\" includes its \"expenses\""
  // What the rule cannot see is said.
  await prisma.group.findMany({ where: { plan: "pro" }, include: more }); // want "cannot see what findMany on tenant \"Group\" includes"
  await prisma.group.findMany({ where: { plan: "pro" }, ...more }); // want "cannot see what findMany on tenant \"Group\" includes"
  await prisma.group.findMany({ where: { plan: "pro" }, include: { ...more } }); // want "cannot see what findMany on tenant \"Group\" includes"
}

// A tenant value that may be undefined pins nothing: findFirst({ where: {
// id: undefined } }) finds any group.
export async function maybeUndefined(prisma: any, input: { id?: string }) {
  await prisma.group.findFirst({ where: { id: input.id }, include: { expenses: true } }); // want "findFirst on tenant \"Group\" filters by a tenant value that may be undefined"
}

// A spread that may give an include shows what it includes.
export async function spreadInclude(prisma: any, cursor: string | undefined, withExpenses: boolean) {
  await prisma.group.findMany({ take: 10, ...(withExpenses ? { include: { expenses: true } } : {}) }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ ...(withExpenses && { select: { members: true } }) }); // want "findMany on tenant \"Group\" includes its \"members\" of every group"
  const withMembers = { include: { members: true } };
  await prisma.group.findMany({ ...withMembers }); // want "findMany on tenant \"Group\" includes its \"members\" of every group"
  await prisma.group.findMany({ include: { planRow: { ...(cursor ? { include: { groups: { include: { expenses: true } } } } : {}) } } }); // want "includes its \"planRow.groups.expenses\" of every group"
}

// A credential pins the read only when the caller presents it: null,
// a value that may be undefined, or an exclusion find any group.
export async function byCredential(prisma: any, input: { key?: string }, key: string) {
  await prisma.group.findFirst({ where: { apiKey: null }, include: { expenses: true } }); // want "findFirst on tenant \"Group\" includes its \"expenses\""
  await prisma.group.findFirst({ where: { apiKey: input.key }, include: { expenses: true } }); // want "findFirst on tenant \"Group\" includes its \"expenses\""
  await prisma.group.findFirst({ where: { apiKey: { not: key } }, include: { expenses: true } }); // want "findFirst on tenant \"Group\" includes its \"expenses\""
}

// Casts, a const include, a computed key, an argument object changed after
// it is built.
export async function otherSpellings(prisma: any, rel: string) {
  await prisma.group.findMany({ include: { expenses: true } as const } as any); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  const include = { members: { include: { user: true } } };
  await prisma.group.findMany({ include }); // want "findMany on tenant \"Group\" includes its \"members\" of every group"
  await prisma.group.findMany({ include: { [rel]: true } }); // want "cannot see what findMany on tenant \"Group\" includes"
  const args: any = { where: { plan: "pro" } };
  args.include = { expenses: true };
  await prisma.group.findMany(args); // want "cannot see what findMany on tenant \"Group\" includes"
}

// A const include, or an object spread into the read, changed after it is
// built may show anything.
export async function changedLater(prisma: any, more: any) {
  const include: any = { planRow: true };
  include.expenses = true;
  await prisma.group.findMany({ include }); // want "cannot see what findMany on tenant \"Group\" includes"
  const extra: any = {};
  extra.select = { members: true };
  await prisma.group.findMany({ where: { plan: "pro" }, ...extra }); // want "cannot see what findMany on tenant \"Group\" includes"
  const merged = { where: { plan: "pro" } };
  Object.assign(merged, more);
  await prisma.group.findMany(merged); // want "cannot see what findMany on tenant \"Group\" includes"
}

// A where the rule cannot read may pin the read or not: said as unseen.
export async function unseenWhere(prisma: any, where: any, build: () => any) {
  await prisma.group.findMany({ where, include: { expenses: true } }); // want "cannot see the where of findMany on tenant \"Group\", which includes its \"expenses\""
  await prisma.group.findFirst({ where: build(), select: { members: true } }); // want "cannot see the where of findFirst on tenant \"Group\", which includes its \"members\""
  await prisma.group.findMany({ where, select: { id: true } });
}
