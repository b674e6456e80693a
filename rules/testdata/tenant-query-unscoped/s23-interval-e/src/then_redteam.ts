import { prisma } from "./db";
import { PrismaClient } from "@prisma/client";
import type { Transaction } from "@prisma/client";

const archive = new PrismaClient();

// Red team of the then that hands back the row it found or made.

// The then gives its row another lookup, of any tenant's row.
export async function thenRefound(organizationId: string, actionId: string, id: string | undefined, other: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findFirst({ where: { actionId: action.id } }).then(async (transaction) => {
        if (!transaction) {
          transaction = await prisma.transaction.findFirst({ where: { id: other } }); // want "findFirst on tenant-scoped \"Transaction\" does not filter by the tenant"
        }
        return transaction;
      }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// A second then after it hands back anything.
export async function thenThen(organizationId: string, actionId: string, id: string | undefined, handed: Transaction) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction
        .findFirst({ where: { actionId: action.id } })
        .then(async (transaction) => transaction)
        .then(() => handed));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The then makes its row in a second database.
export async function thenArchive(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findFirst({ where: { actionId: action.id } }).then(async (transaction) => {
        if (!transaction) {
          transaction = await archive.transaction.create({ data: { status: "PENDING", actionId: action.id } });
        }
        return transaction;
      }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The then's lookup gives a list, whose id is undefined.
export async function thenList(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t: any = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findMany({ where: { actionId: action.id } }).then(async (transaction) => transaction));
  if (!t) throw new Error("not found");
  return prisma.transaction.deleteMany({ where: { id: t.id } }); // want "deleteMany on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// A function expression may rewrite its parameter through arguments.
export async function thenArguments(organizationId: string, actionId: string, id: string | undefined, handed: Transaction) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findFirst({ where: { actionId: action.id } }).then(function (transaction) {
        // eslint-disable-next-line prefer-rest-params
        (arguments as any)[0] = handed;
        return transaction;
      }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The then's create is an upsert by the input id, which may update any
// tenant's row and hand it back.
export async function thenUpsert(organizationId: string, actionId: string, id: string | undefined, other: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.findFirst({ where: { actionId: action.id } }).then(async (transaction) => {
        if (!transaction) {
          transaction = await prisma.transaction.upsert({ where: { id: other }, create: { status: "PENDING", actionId: action.id }, update: {} }); // want "upsert on tenant-scoped \"Transaction\" does not filter by the tenant"
        }
        return transaction;
      }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}
