import { prisma } from "./db";

type Row = { id: number; name: string; parentId: number | null };

// Writes the parent of the row it is given.
function reparent(row: Row, parentId: number) {
  row.parentId = parentId;
}

// Quiet: the writer runs after the query on this turn's row; the next
// turn finds another.
export async function foundEachTurn(userId: number, ids: number[], to: number) {
  for (const id of ids) {
    const row = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
    if (!row || !row.parentId) continue;
    await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } });
    reparent(row, to);
  }
}

// The row found once, written after the query, read again on the next turn.
export async function foundOnce(userId: number, id: number, tos: number[]) {
  const row = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  for (const to of tos) {
    if (!row || !row.parentId) continue;
    await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
    reparent(row, to);
  }
}

// The same in a callback that runs once per target.
export async function foundOnceEach(userId: number, ids: number[], tos: number[]) {
  for (const id of ids) {
    const row = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
    if (!row || !row.parentId) continue;
    await Promise.all(
      tos.map(async (to) => {
        await prisma.collection.update({ where: { id: row.parentId as number }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
        reparent(row, to);
      }),
    );
  }
}

// Quiet: the loop's row written after the query; the next turn reads another row.
export async function loopedEachTurn(userId: number, to: number) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  for (const row of rows) {
    if (!row.parentId) continue;
    await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } });
    reparent(row, to);
  }
}

// The first row, written after the query, read again on the next turn.
export async function firstEachTurn(userId: number, tos: number[]) {
  const rows = await prisma.collection.findMany({ where: { ownerId: userId } });
  const row = rows[0];
  for (const to of tos) {
    if (!row || !row.parentId) return;
    await prisma.collection.update({ where: { id: row.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
    reparent(row, to);
  }
}
