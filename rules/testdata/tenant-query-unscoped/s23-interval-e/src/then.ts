import { prisma } from "./db";
import type { Transaction } from "@prisma/client";

// Interval's transaction start: an awaited ternary, one of whose ends
// looks the row up under the proven action and, in its own then, makes
// it there when nothing was found. Whichever end runs, the row is one a
// lookup under the action found, one a create under it made, or nothing.
export async function start(organizationId: string, actionId: string, id: string | undefined, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : id === undefined
      ? prisma.transaction.findFirst({ where: { actionId: action.id, status: "PENDING" } }).then(async (transaction) => {
          if (!transaction) {
            transaction = await prisma.transaction.create({
              data: { status: "PENDING", action: { connect: { id: (action as NonNullable<typeof action>).id } } },
            });
          }
          return transaction;
        })
      : prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } }));
  if (!t) throw new Error("not found");
  const queued = await prisma.queued.findFirst({ where: { id: queuedId, action: { organizationId } } });
  if (!queued) throw new Error("not found");
  return prisma.queued.update({ where: { id: queued.id }, data: { transactionId: t.id } });
}

// The parent key of the chosen row, each end found or made under the
// action, compared with a queued run by the input id.
export async function startCompared(organizationId: string, actionId: string, id: string | undefined, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findFirst({ where: { actionId: action.id } }).then(async (found) => {
        if (!found) {
          found = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
        }
        return found;
      }));
  if (!t) throw new Error("not found");
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
  if (!queued || queued.actionId !== t.actionId) throw new Error("not found");
  return prisma.queued.update({ where: { id: queuedId }, data: { transactionId: t.id } });
}

// Twins. The then's lookup finds any tenant's row.
export async function thenAnyLookup(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findFirst({ where: { status: "PENDING" } }).then(async (transaction) => { // want "findFirst on tenant-scoped \"Transaction\" does not filter by the tenant"
        if (!transaction) {
          transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
        }
        return transaction;
      }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The then makes the row under any tenant's action.
export async function thenAnyParent(organizationId: string, actionId: string, id: string | undefined, other: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findFirst({ where: { actionId: action.id } }).then(async (transaction) => {
        if (!transaction) {
          transaction = await prisma.transaction.create({ data: { status: "PENDING", actionId: other } }); // want "create on \"Transaction\" links a \"Action\" by \"actionId\" alone"
        }
        return transaction;
      }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The then hands back a row it was not given.
export async function thenHanded(organizationId: string, actionId: string, id: string | undefined, handed: Transaction) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findFirst({ where: { actionId: action.id } }).then(async (transaction) => {
        return transaction ?? handed;
      }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The then gives its row a handed one.
export async function thenGivenHanded(organizationId: string, actionId: string, id: string | undefined, handed: Transaction) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findFirst({ where: { actionId: action.id } }).then(async (transaction) => {
        if (!transaction) {
          transaction = handed;
        }
        return transaction;
      }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The then rekeys the row it found.
export async function thenRekeyed(organizationId: string, actionId: string, id: string | undefined, other: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findFirst({ where: { actionId: action.id } }).then(async (transaction) => {
        if (transaction) {
          transaction.id = other;
        }
        return transaction;
      }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The then is a function of the file, not read here.
async function orHanded(transaction: Transaction | null) {
  return transaction;
}
export async function thenNamed(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findFirst({ where: { actionId: action.id } }).then(orHanded));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// A catch after the then may hand back anything.
export async function thenCaught(organizationId: string, actionId: string, id: string | undefined, handed: Transaction) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction
        .findFirst({ where: { actionId: action.id } })
        .then(async (transaction) => transaction)
        .catch(() => handed));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The then makes a row of another model, whose id is no transaction's.
export async function thenOtherModel(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t: any = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findFirst({ where: { actionId: action.id } }).then(async (transaction: any) => {
        if (!transaction) {
          transaction = await prisma.queued.create({ data: { id: "q", actionId: action.id } });
        }
        return transaction;
      }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The then's create is not awaited: the row is a promise, its id undefined.
export async function thenUnawaited(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t: any = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findFirst({ where: { actionId: action.id } }).then((transaction: any) => {
        if (!transaction) {
          transaction = prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } });
        }
        return transaction;
      }));
  if (!t) throw new Error("not found");
  return prisma.transaction.deleteMany({ where: { id: t.id } }); // want "deleteMany on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The then hands its row to a function that may rekey it.
declare function touch(t: unknown): void;
export async function thenTouched(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findFirst({ where: { actionId: action.id } }).then(async (transaction) => {
        touch(transaction);
        return transaction;
      }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}
