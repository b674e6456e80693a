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

// A row of a found list handed to a writer in a for-of loop.
export async function looped(userId: number, to: number) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  for (const row of rows) {
    if (!row.parentId) continue;
    reparent(row, to);
    await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
  }
}

// Quiet: the loop's row given to a helper that only reads it.
export async function loopedRead(userId: number) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  for (const row of rows) {
    if (!row.parentId) continue;
    label(row);
    await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } });
  }
}

// An imported writer, in a forEach callback.
export async function eachRow(userId: number) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  rows.forEach(async (row) => {
    if (!row.parentId) return;
    clearParent(row);
    await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
  });
}

// Quiet: an imported helper that only reads it.
export async function eachRowRead(userId: number) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  rows.forEach(async (row) => {
    if (!row.parentId) return;
    parentName(row);
    await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } });
  });
}

// A writer in a map callback.
export async function mapped(userId: number, to: number) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  await Promise.all(
    rows.map(async (row) => {
      if (!row.parentId) return;
      reparent(row, to);
      await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
    }),
  );
}

// Quiet: a copy of the row given to the writer.
export async function mappedCopy(userId: number, to: number) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  await Promise.all(
    rows.map(async (row) => {
      if (!row.parentId) return;
      reparent({ ...row }, to);
      await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } });
    }),
  );
}

// The first row, under another name, handed to the writer.
export async function first(userId: number, to: number) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  const row = rows[0];
  if (!row || !row.parentId) return;
  const same = row;
  reparent(same, to);
  await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

// Quiet: a copy of the first row handed to the writer.
export async function firstCopy(userId: number, to: number) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  const row = rows[0];
  if (!row || !row.parentId) return;
  reparent({ ...row }, to);
  await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } });
}

// A row picked with find, handed inside an object.
function detach({ child }: { child: Row }) {
  child.parentId = null;
}
export async function picked(userId: number, name: string) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  const child = rows.find((r) => r.name === name);
  if (!child || !child.parentId) return;
  detach({ child });
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

// Quiet: another row of the list handed to the writer.
export async function pickedOther(userId: number, name: string) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  const child = rows.find((r) => r.name === name);
  const other = rows.find((r) => r.name !== name);
  if (!child || !child.parentId || !other) return;
  detach({ child: other });
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } });
}
