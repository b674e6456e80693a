import { prisma } from "./db";
import { clearParent, parentName } from "./row-call-helpers";

type Row = { id: number; name: string; parentId: number | null };

// Writes the parent of the row it is given.
function reparent(row: Row, parentId: number) {
  row.parentId = parentId;
}
// Reads the row's fields only.
function label(row: Row) {
  return `${row.name}:${row.parentId}`;
}

// Every row of the list handed to a writer before the loop that reads them.
export async function eachBefore(userId: number, to: number) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  rows.forEach((r) => reparent(r, to));
  for (const row of rows) {
    if (!row.parentId) continue;
    await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
  }
}

// Quiet: handed to a helper that only reads them.
export async function eachBeforeRead(userId: number) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  rows.forEach((r) => label(r));
  for (const row of rows) {
    if (!row.parentId) continue;
    await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } });
  }
}

// An imported writer in an earlier loop, the rows then read by index.
export async function loopBefore(userId: number) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  for (const r of rows) clearParent(r);
  const row = rows[0];
  if (!row || !row.parentId) return;
  await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

// Quiet: the earlier loop hands copies, or reads only.
export async function loopBeforeCopy(userId: number, to: number) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  for (const r of rows) {
    reparent({ ...r }, to);
    parentName(r);
  }
  const row = rows[0];
  if (!row || !row.parentId) return;
  await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } });
}

// Quiet: the earlier loop is over another list.
export async function loopBeforeOther(userId: number, others: Row[], to: number) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  for (const r of others) reparent(r, to);
  for (const row of rows) {
    if (!row.parentId) continue;
    await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } });
  }
}

// The request's body copied onto every row before the loop.
export async function assignedBefore(userId: number, body: Partial<Row>) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  rows.forEach((r) => Object.assign(r, body));
  for (const row of rows) {
    if (!row.parentId) continue;
    await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
  }
}

// Quiet: only another field copied onto them.
export async function assignedNameBefore(userId: number, name: string) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  rows.forEach((r) => Object.assign(r, { name }));
  for (const row of rows) {
    if (!row.parentId) continue;
    await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } });
  }
}
