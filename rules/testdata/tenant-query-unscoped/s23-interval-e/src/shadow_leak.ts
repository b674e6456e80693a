import { prisma } from "./db";

// A callback's parameter bearing a proven row's name reads each element's
// key, not the row's: the proofs found the row by the name as written.

export async function linkEach(organizationId: string, actionId: string, given: { id: string }[]) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  return prisma.transaction.createMany({ data: given.map((action) => ({ status: "PENDING", actionId: action.id })) }); // want "createMany on \"Transaction\" links a \"Action\" by \"actionId\" alone"
}

export async function linkEachCreated(organizationId: string, actionId: string, given: { id: string }[]) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  await prisma.queued.createMany({ data: given.map((transaction) => ({ id: "q", actionId: action.id, transactionId: transaction.id })) }); // want "createMany on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
  return transaction;
}

export async function linkEachBuiltBefore(organizationId: string, actionId: string, given: { id: string }[]) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let transaction = await prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } });
  const rows = given.map((transaction) => ({ id: "q", actionId: action.id, transactionId: transaction.id })); // want "createMany on \"Queued\" links a \"Transaction\" by \"transactionId\" alone"
  await prisma.queued.createMany({ data: rows });
  return transaction;
}

export async function linkEachInLoop(organizationId: string, actionId: string, given: { id: string }[]) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  for (const g of given) {
    await prisma.transaction.createMany({ data: [g].map((action) => ({ status: "PENDING", actionId: action.id })) }); // want "createMany on \"Transaction\" links a \"Action\" by \"actionId\" alone"
  }
}

// Twin: a callback of another parameter's name reads the proven row.
export async function linkProven(organizationId: string, actionId: string, given: { id: string }[]) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  return prisma.transaction.createMany({ data: given.map((g) => ({ status: g.id, actionId: action.id })) });
}
