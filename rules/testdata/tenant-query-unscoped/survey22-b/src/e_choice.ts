import { prisma } from "./db";

// E: a row from an awaited ternary each of whose ends is a lookup under
// the proven parent or a create linked to it.
export async function run(organizationId: string, actionId: string, id: string | undefined, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } }));
  if (!t) throw new Error("not found");
  const queued = await prisma.queued.findFirst({ where: { id: queuedId, action: { organizationId } } });
  if (!queued) throw new Error("not found");
  return prisma.queued.update({ where: { id: queued.id }, data: { transactionId: t.id } });
}

// Nested, with nothing as one end and the parent as a scalar key.
export async function runNested(organizationId: string, actionId: string, id: string | undefined, make: boolean) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : make
      ? prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } })
      : null);
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } });
}

// Twins. One end looks up any tenant's row.
export async function runAnyLookup(organizationId: string, actionId: string, id: string | undefined, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id } }) // want "findFirst on tenant-scoped \"Transaction\" does not filter by the tenant"
    : prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// One end creates under any tenant's parent.
export async function runAnyParent(organizationId: string, actionId: string, id: string | undefined, other: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: other } } } })); // want "create on \"Transaction\" links a \"Action\" by \\{ id \\} alone"
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// One end is a row the function was handed.
export async function runHanded(organizationId: string, actionId: string, id: string | undefined, handed: { id: string }) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id ? prisma.transaction.findFirst({ where: { id, actionId: action.id } }) : Promise.resolve(handed));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// One end is a row of another model, whose id is no transaction's.
export async function runOtherModel(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.queued.create({ data: { id: "q", actionId: action.id } }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// A created end's parent key is the one its data gave, proven at the
// create (Interval's queued runs compare it): quiet.
export async function runParentOfCreated(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } }));
  if (!t) throw new Error("not found");
  return prisma.transaction.findMany({ where: { actionId: t.actionId } });
}

// Its twin: the created end is made under any tenant's action.
export async function runParentOfCreatedAny(organizationId: string, actionId: string, id: string | undefined, other: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.create({ data: { status: "PENDING", actionId: other } })); // want "create on \"Transaction\" links a \"Action\" by \"actionId\" alone"
  if (!t) throw new Error("not found");
  return prisma.transaction.findMany({ where: { actionId: t.actionId } }); // want "findMany on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// Or selected without its action key, undefined: a filter Prisma drops.
export async function runParentOfCreatedSelected(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t: any = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.create({ data: { status: "PENDING", actionId: action.id }, select: { id: true } }));
  if (!t) throw new Error("not found");
  return prisma.transaction.findMany({ where: { actionId: t.actionId } }); // want "findMany on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// Unawaited, the const holds a promise, whose id is undefined.
export async function runUnawaited(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t: any = id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  return prisma.transaction.deleteMany({ where: { id: t.id } }); // want "deleteMany on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The chosen row's id is set from the input before the call.
export async function runRekeyed(organizationId: string, actionId: string, id: string | undefined, input: { id: string }) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } }));
  if (!t) throw new Error("not found");
  Object.assign(t, input);
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The key is read through optional chaining: undefined when nothing was
// found, a filter Prisma drops.
export async function runOptional(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id ? prisma.transaction.findFirst({ where: { id, actionId: action.id } }) : null);
  return prisma.transaction.deleteMany({ where: { id: t?.id } }); // want "deleteMany on tenant-scoped \"Transaction\" filters by a tenant value that may be undefined"
}
