import { prisma } from "./db";
import { PrismaClient } from "@prisma/client";
import type { Transaction } from "@prisma/client";

const archive = new PrismaClient();

// Red team of the let given a row under the proven action on every branch.

// A callback gives the let a handed row.
export async function givenInCallback(organizationId: string, actionId: string, queuedId: string, handed: Transaction[]) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  handed.forEach((h) => {
    transaction = h;
  });
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant" "update on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
}

// The found row the let is given has its action key set after.
export async function aliasRekeyed(organizationId: string, actionId: string, id: string, queuedId: string, other: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: Transaction;
  const t = await prisma.transaction.findFirst({ where: { id, actionId: action.id } });
  if (!t) throw new Error("not found");
  transaction = t;
  t.actionId = other;
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant"
}

// The create's data spreads the caller's input after the link.
export async function spreadAfterLink(organizationId: string, actionId: string, queuedId: string, input: { actionId: string }, production: boolean) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: Transaction;
  if (production) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  } else {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id, ...input } }); // want "cannot see what create on \"Transaction\" writes to \"actionId\""
  }
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant" "update on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
}

// A branch makes the row in a second database.
export async function otherClient(organizationId: string, actionId: string, queuedId: string, production: boolean) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: Transaction;
  if (production) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  } else {
    transaction = await archive.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  }
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant" "update on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
}

// The let is given an update that moves the row to the input's action.
// The move is reported where it links the action; the check and the
// write after it were quiet before this proof too (this proof refuses an
// update: another reading accepts the row the update gives back).
export async function movedByUpdate(organizationId: string, actionId: string, queuedId: string, other: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  transaction = await prisma.transaction.update({ where: { id: transaction.id }, data: { actionId: other } }); // want "update on \"Transaction\" links a \"Action\" by \"actionId\" alone"
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } });
}

// The row is rekeyed by Object.assign with the caller's input.
export async function assigned(organizationId: string, actionId: string, queuedId: string, input: Partial<Transaction>, production: boolean) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: Transaction;
  if (production) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  } else {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  }
  Object.assign(transaction, input);
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant" "update on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
}

// A pattern gives the let another row.
export async function patternGiven(organizationId: string, actionId: string, queuedId: string, input: { transaction: Transaction }) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  ({ transaction } = input);
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant" "update on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
}

// The action itself is a let given the input's action after the create;
// the row was made under the proven one, so the check still holds.
export async function parentLater(organizationId: string, actionId: string, queuedId: string, production: boolean) {
  let action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: Transaction;
  if (production) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  } else {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  }
  action = null;
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } });
}
