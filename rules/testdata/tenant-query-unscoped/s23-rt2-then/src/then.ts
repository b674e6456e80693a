import { prisma } from "./db";
import type { Transaction } from "@prisma/client";

// The lookup's failure is caught with another row before the then: the
// then hands back the handed row.
export async function caughtBeforeThen(organizationId: string, actionId: string, id: string | undefined, handed: Transaction) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction
        .findFirst({ where: { actionId: action.id } })
        .catch(() => handed)
        .then(async (transaction) => {
          if (!transaction) {
            transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
          }
          return transaction;
        }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// A finally between the lookup and the then.
export async function finallyBeforeThen(organizationId: string, actionId: string, id: string | undefined, handed: Transaction) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction // want "findFirst on tenant-scoped \"Transaction\" does not filter by the tenant"
        .findFirst({ where: { id: handed.id } })
        .finally(() => console.log("done"))
        .then((transaction) => transaction));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The then's lookup is of another model: its row's id is no key of
// Transaction.
export async function thenOtherModel(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.queued.findFirst({ where: { actionId: action.id } }).then((queued) => queued));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The create in the then links a parent the callback's own const names:
// a handed action, not the proven one.
export async function thenShadowedParent(organizationId: string, actionId: string, id: string | undefined, handedActionId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findFirst({ where: { actionId: action.id } }).then(async (transaction) => {
        if (!transaction) {
          const action = { id: handedActionId };
          transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } }); // want "create on \"Transaction\" links a \"Action\" by \"actionId\" alone"
        }
        return transaction;
      }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The callback hands its parameter to a function that copies another
// row's fields, its key among them, into it.
export async function thenGivenInLogical(organizationId: string, actionId: string, id: string | undefined, handed: Transaction) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findFirst({ where: { actionId: action.id } }).then(async (transaction) => {
        if (!transaction) {
          transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
        }
        Object.assign(transaction, handed);
        return transaction;
      }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The action is rebound after the then is built, before its callback
// runs: the create links the other action.
export async function actionRebound(organizationId: string, actionId: string, id: string | undefined, other: string) {
  let action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const pending = id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findFirst({ where: { actionId: action.id } }).then(async (transaction) => {
        if (!transaction) {
          transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action!.id } }); // want "create on \"Transaction\" links a \"Action\" by \"actionId\" alone"
        }
        return transaction;
      });
  action = { id: other, organizationId: "x" } as typeof action;
  const t = await pending;
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// Near-miss twin that must stay silent: the proof's own shape.
export async function thenTwin(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findFirst({ where: { actionId: action.id } }).then(async (transaction) => {
        if (!transaction) {
          transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
        }
        return transaction;
      }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } });
}
