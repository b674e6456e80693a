import { prisma } from "./db";
import type { Transaction } from "@prisma/client";

// A for-of loop gives the let each handed row in turn.
export async function forOfGiven(organizationId: string, actionId: string, queuedId: string, handed: Transaction[], production: boolean) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: Transaction;
  if (production) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  } else {
    transaction = await prisma.transaction.create({ data: { status: "DRAFT", actionId: action.id } });
  }
  for (transaction of handed) console.log(transaction.status);
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant" "update on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
}

// A callback's pattern default gives the outer let a handed row: the
// callback binds another name, its default writes the let.
export async function patternDefaultWrites(organizationId: string, actionId: string, queuedId: string, handed: Transaction, production: boolean) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: Transaction;
  if (production) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  } else {
    transaction = await prisma.transaction.create({ data: { status: "DRAFT", actionId: action.id } });
  }
  const pick = ({ status = (transaction = handed).status }: { status?: string }) => status;
  pick({});
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant" "update on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
}

// A second parameter's default writes the let; the first bears its name.
export async function paramDefaultWrites(organizationId: string, actionId: string, queuedId: string, handed: Transaction, production: boolean) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: Transaction;
  if (production) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  } else {
    transaction = await prisma.transaction.create({ data: { status: "DRAFT", actionId: action.id } });
  }
  const give = (x: unknown, y = () => (transaction = handed)) => y();
  give(null);
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant" "update on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
}

// One callback bears the let's name as a parameter; a sibling callback,
// without it, writes the let.
export async function siblingWrites(organizationId: string, actionId: string, queuedId: string, handed: Transaction[], production: boolean) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: Transaction;
  if (production) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  } else {
    transaction = await prisma.transaction.create({ data: { status: "DRAFT", actionId: action.id } });
  }
  handed.forEach((transaction) => console.log(transaction));
  handed.forEach((t) => {
    transaction = t;
  });
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant" "update on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
}

// The let may be left undefined; the queued run's nullable link is
// compared loosely with its optional key: a run with no transaction, of
// any tenant, passes (`null != undefined` is false).
export async function looseOptional(organizationId: string, actionId: string, queuedId: string, production: boolean) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: Transaction | undefined;
  if (production) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  }
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.transactionId != transaction?.id) throw new Error("not found");
  return prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
}

// A let given in a loop a row made under each action of a list of any
// tenant's.
export async function loopAnyParent(organizationId: string, actionIds: string[], queuedId: string) {
  let transaction: Transaction | null = null;
  for (const id of actionIds) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: id } }); // want "create on \"Transaction\" links a \"Action\" by \"actionId\" alone"
  }
  if (!transaction) throw new Error("none");
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant" "update on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
}

// Near-miss twin that must stay quiet: the proof's own shape, with a
// callback bearing the let's name that reads nothing of it.
export async function twin(organizationId: string, actionId: string, queuedId: string, handed: Transaction[], production: boolean) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction: Transaction;
  if (production) {
    transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
  } else {
    transaction = await prisma.transaction.create({ data: { status: "DRAFT", actionId: action.id } });
  }
  handed.forEach((transaction) => console.log(transaction));
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
  if (!queued || queued.actionId !== transaction.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: transaction.id } });
}
