import { prisma } from "./db";

// D: a child compared with the parent key of a row the function created
// under a parent proven the tenant's: that key is the proven parent's.
export async function startQueued(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction = await prisma.transaction.create({
    data: { status: "PENDING", action: { connect: { id: action.id } } },
  });
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } });
}

// The parent given as a scalar key.
export async function startQueuedScalar(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.delete({ where: { id: queued.id } });
}

// Twins. The created row's parent was never proven: the create links any
// tenant's action.
export async function startQueuedUnproven(actionId: string, queuedId: string) {
  const transaction = await prisma.transaction.create({
    data: { status: "PENDING", action: { connect: { id: actionId } } }, // want "create on \"Transaction\" links a \"Action\" by \\{ id \\} alone"
  });
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant"
}

// A spread after the link may link another action.
export async function startQueuedSpread(organizationId: string, actionId: string, queuedId: string, extra: object) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction = await prisma.transaction.create({
    data: { status: "PENDING", action: { connect: { id: action.id } }, ...extra }, // want "cannot see what create on \"Transaction\" writes to \"action\""
  });
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.delete({ where: { id: queued.id } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
}

// The created row's parent key is set to another before the comparison.
export async function startQueuedRekeyed(organizationId: string, actionId: string, queuedId: string, other: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  transaction.actionId = other;
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.delete({ where: { id: queued.id } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
}

// A let may hold another row at the comparison.
export async function startQueuedLet(organizationId: string, actionId: string, queuedId: string, tid: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  transaction = (await prisma.transaction.findUnique({ where: { id: tid } }))!; // want "findUnique on tenant-scoped \"Transaction\" does not filter by the tenant"
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.delete({ where: { id: queued.id } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
}

// Unawaited, the const holds a promise, whose parent key is undefined.
export async function startQueuedUnawaited(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction: any = prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.delete({ where: { id: queued.id } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
}

// A row updated, not created, under the proven parent: its other fields
// are whatever the stored row held, and the write itself is unscoped.
export async function startQueuedMoved(organizationId: string, actionId: string, queuedId: string, tid: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction = await prisma.transaction.update({ where: { id: tid }, data: { status: "PENDING" } }); // want "update on tenant-scoped \"Transaction\" does not filter by the tenant"
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.delete({ where: { id: queued.id } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
}

// The link is chosen between the proven parent and a key of any tenant.
export async function startQueuedChosen(organizationId: string, actionId: string, queuedId: string, other: string | null) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction = await prisma.transaction.create({
    data: { status: "PENDING", actionId: other ?? action.id }, // want "create on \"Transaction\" links a \"Action\" by \"actionId\" alone"
  });
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.delete({ where: { id: queued.id } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
}

// The comparison does not leave.
export async function startQueuedLogged(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) console.warn("other action");
  return prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
}

// An inner block names another row as the created one.
export async function startQueuedShadowed(organizationId: string, actionId: string, queuedId: string, other: { actionId: string }) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  if (transaction) {
    const transaction = other;
    const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
    if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
    return prisma.queued.delete({ where: { id: queued.id } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
  }
}

// The created row links a queued row's parent, not the one compared: a
// row of another relation of the same parent key name proves nothing of
// this one.
export async function startQueuedOtherKey(organizationId: string, actionId: string, queuedId: string, hostId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const req = await prisma.req.create({ data: { id: "r", actionId: action.id, hostId } }); // want "create on \"Req\" links a \"Host\" by \"hostId\" alone"
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== req.hostId) throw new Error("not found");
  return prisma.queued.delete({ where: { id: queued.id } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
}

// A created row of another model, under the proven parent by its
// optional relation, carries that parent's key as well.
export async function startQueuedByRequest(organizationId: string, actionId: string, queuedId: string, hostId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const req = await prisma.req.create({ data: { id: "r", actionId: action.id, hostId } }); // want "create on \"Req\" links a \"Host\" by \"hostId\" alone"
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
  if (!queued || queued.actionId !== req.actionId) throw new Error("not found");
  return prisma.queued.delete({ where: { id: queued.id } });
}
