import { prisma } from "./db";

// D: the parent key of a row just created under a proven parent.

// Twin kept quiet.
export async function startQueued(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.delete({ where: { id: queued.id } });
}

// The create made on an object of the code's own, which gives back
// whatever parent key it likes.
const stub = { transaction: { create: async (_: unknown) => ({ id: "t", actionId: "other" }) } };
export async function startQueuedStub(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction = await stub.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.delete({ where: { id: queued.id } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
}

// The parent key left out of what the create gives back: undefined,
// a filter Prisma drops, so the read lists every tenant's rows.
export async function listQueuedSelected(organizationId: string, actionId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction: any = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id }, select: { id: true } });
  return prisma.queued.findMany({ where: { actionId: transaction.actionId } }); // want "findMany on tenant-scoped \"Queued\" does not filter by the tenant"
}

export async function listQueuedOmitted(organizationId: string, actionId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction: any = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id }, omit: { actionId: true } });
  return prisma.queued.findMany({ where: { actionId: transaction.actionId } }); // want "findMany on tenant-scoped \"Queued\" does not filter by the tenant"
}

// Twin kept quiet: read plainly.
export async function listQueued(organizationId: string, actionId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  return prisma.queued.findMany({ where: { actionId: transaction.actionId } });
}

// The created row handed to a function that may rewrite its parent key.
function retarget(t: { actionId: string }) {
  t.actionId = "other";
}

export async function listQueuedRetargeted(organizationId: string, actionId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  retarget(transaction);
  return prisma.queued.findMany({ where: { actionId: transaction.actionId } }); // want "findMany on tenant-scoped \"Queued\" does not filter by the tenant"
}

// The create's arguments spread from the caller after its data.
export async function listQueuedArgs(organizationId: string, actionId: string, args: { data: { status: string; actionId: string } }) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id }, ...args }); // want "cannot see what create on \"Transaction\" links through this spread"
  return prisma.queued.findMany({ where: { actionId: transaction.actionId } }); // want "findMany on tenant-scoped \"Queued\" does not filter by the tenant"
}

// The parent proven only in a branch that may not run.
export async function listQueuedBranch(organizationId: string, actionId: string, check: boolean) {
  let parentId = actionId;
  if (check) {
    const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
    if (!action) throw new Error("not found");
    parentId = action.id;
  }
  const transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: parentId } }); // want "create on \"Transaction\" links a \"Action\" by \"actionId\" alone"
  return prisma.queued.findMany({ where: { actionId: transaction.actionId } }); // want "findMany on tenant-scoped \"Queued\" does not filter by the tenant"
}

// Created inside a transaction callback on its client.
export async function listQueuedTx(organizationId: string, actionId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  return prisma.$transaction(async (tx) => {
    const transaction = await tx.transaction.create({ data: { status: "PENDING", actionId: action.id } });
    return tx.queued.findMany({ where: { actionId: transaction.actionId } });
  });
}

// Twins kept quiet: the parent key selected, another field omitted.
export async function listQueuedSelectedKey(organizationId: string, actionId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id }, select: { id: true, actionId: true } });
  return prisma.queued.findMany({ where: { actionId: transaction.actionId } });
}

export async function listQueuedOmittedOther(organizationId: string, actionId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id }, omit: { status: true } });
  return prisma.queued.findMany({ where: { actionId: transaction.actionId } });
}
