import { prisma } from "./db";
import type { Transaction } from "@prisma/client";

// Interval's transaction start whole: the let of the function and the
// then's parameter share the name `transaction`. The then reads and
// writes its own parameter; the let is given a row made under the proven
// action, or the chosen row.
export async function startShadowed(organizationId: string, actionId: string, id: string | undefined, queuedId: string, production: boolean) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: Transaction;
  if (production) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  } else {
    const t = await (id
      ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
      : prisma.transaction.findFirst({ where: { actionId: action.id } }).then(async (transaction) => {
          if (!transaction) {
            transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
          }
          return transaction;
        }));
    if (!t) throw new Error("not found");
    transaction = t;
  }
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } });
}

// Twins. A callback of another parameter's name gives the let a handed row.
export async function givenByCallback(organizationId: string, actionId: string, queuedId: string, handed: Transaction[]) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  handed.forEach((other) => {
    transaction = other;
  });
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant" "update on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
}

// A shadowing callback beside a write of the let itself.
export async function shadowedAndGiven(organizationId: string, actionId: string, queuedId: string, handed: Transaction[]) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  handed.forEach((transaction) => {
    transaction = handed[0];
  });
  transaction = handed[1];
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant" "update on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
}

// A function declared in a block under the let's name hides the let there,
// whatever its parameter is called.
export async function hiddenByDeclaration(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  {
    function transaction(transaction: Transaction) {
      return transaction;
    }
    const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
    if (!queued || queued.actionId !== (transaction as any).actionId) throw new Error("not found");
    return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: (transaction as any).id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant" "update on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
  }
}

// A callback whose parameter bears the let's name and reads its key:
// the key is the parameter's, here built before the call.
export async function shadowReadBeforeGiven(organizationId: string, actionId: string, given: { id: string }[], fresh: boolean) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  if (fresh) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  }
  const rows = given.map((transaction) => ({ id: "q", actionId: action.id, transactionId: transaction.id })); // want "createMany on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
  await prisma.queued.createMany({ data: rows });
  return transaction;
}
