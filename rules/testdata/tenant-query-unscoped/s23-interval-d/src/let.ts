import { prisma } from "./db";
import type { Transaction } from "@prisma/client";

// Interval's transaction start: a let given, on either branch, a row made
// or found under the action proven the tenant's; a queued run compared
// with its action key, and linked to it by its own key.
export async function startEither(organizationId: string, actionId: string, queuedId: string, production: boolean) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: Transaction;
  if (production) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  } else {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  }
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } });
}

// One branch finds the row under the action, through a const it checks.
export async function startFound(organizationId: string, actionId: string, id: string | undefined, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: Transaction;
  if (!id) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  } else {
    const t = await prisma.transaction.findFirst({ where: { id, actionId: action.id } });
    if (!t) throw new Error("not found");
    transaction = t;
  }
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } });
}

// Twins. One branch makes the row under any tenant's action.
export async function startAnyParent(organizationId: string, actionId: string, queuedId: string, other: string, production: boolean) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: Transaction;
  if (production) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  } else {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: other } }); // want "create on \"Transaction\" links a \"Action\" by \"actionId\" alone"
  }
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant" "update on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
}

// One branch finds any tenant's row by the input id.
export async function startAnyFound(organizationId: string, actionId: string, id: string | undefined, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: Transaction;
  if (!id) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  } else {
    const t = await prisma.transaction.findFirst({ where: { id } }); // want "findFirst on tenant-scoped \"Transaction\" does not filter by the tenant"
    if (!t) throw new Error("not found");
    transaction = t;
  }
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant" "update on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
}

// One branch is a row the function was handed.
export async function startHanded(organizationId: string, actionId: string, queuedId: string, handed: Transaction | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: Transaction;
  if (!handed) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  } else {
    transaction = handed;
  }
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant" "update on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
}

// The let is given a handed row after the check, before the write.
export async function startReassigned(organizationId: string, actionId: string, queuedId: string, handed: Transaction) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  transaction = handed;
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant" "update on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
}

// A branch's create is not awaited: the let holds a promise, whose keys
// are undefined.
export async function startUnawaited(organizationId: string, actionId: string, queuedId: string, production: boolean) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: any;
  if (production) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  } else {
    transaction = prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  }
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant" "update on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
}

// The made row's action key is set from the input before the check.
export async function startRekeyed(organizationId: string, actionId: string, queuedId: string, other: string, production: boolean) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: Transaction;
  if (production) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  } else {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  }
  transaction.actionId = other;
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant"
}

// A branch makes a row of the action selected without its action key:
// undefined, it matches a queued run of no action... and proves nothing.
export async function startSelected(organizationId: string, actionId: string, queuedId: string, production: boolean) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: { id: string; actionId?: string };
  if (production) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  } else {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id }, select: { id: true } });
  }
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant"
}
