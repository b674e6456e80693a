import { prisma } from "./db";
import { isEqual } from "lodash";
import { clearParent, parentName, clearParentAudited, clearParentDeep } from "./row-call-helpers";

type Row = { id: number; name: string; parentId: number | null };

// Writes the parent of the row it is given.
function reparent(row: Row, parentId: number) {
  row.parentId = parentId;
}
// Moves the row later, when awaited or not.
async function enrich(row: Row) {
  row.parentId = await Promise.resolve(0);
}
// Detaches the row the box it is given holds.
function detach({ child }: { child: Row }) {
  child.parentId = null;
}
// Reads the row's fields only.
function label(row: Row) {
  return `${row.name}:${row.parentId}`;
}

// A same-file helper changes the row's parent between the lookup and the write.
export async function sameFile(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  reparent(child, to);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

// An imported helper changes it.
export async function imported(userId: number, id: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  clearParent(child);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

// An imported helper that also runs unread code changes it.
export async function importedAudited(userId: number, id: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  clearParentAudited(child);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

export async function importedDeep(userId: number, id: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  clearParentDeep(child);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

// The request's body copied onto the row.
export async function assigned(userId: number, id: number, body: Partial<Row>) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  Object.assign(child, body);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

// Handed inside an object.
export async function boxed(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  detach({ child });
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

// Quiet: a same-file helper that only reads the row.
export async function readSameFile(userId: number, id: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  label(child);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } });
}

// Quiet: an imported helper that only reads it.
export async function readImported(userId: number, id: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  parentName(child);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } });
}

// Quiet: logged and serialized, copied from (not onto).
export async function logged(userId: number, id: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  console.log(child);
  JSON.stringify({ child });
  Object.assign({}, child);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } });
}

// Another name for the row handed to the writer.
export async function aliased(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  const same = child;
  reparent(same, to);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

// Quiet: a writer given a copy of the row, and a library function whose
// code is not read (taken not to change it).
export async function copied(userId: number, id: number, to: number, other: Row) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  reparent({ ...child }, to);
  isEqual(child, other);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } });
}

// Handed to an async writer, awaited or left running.
export async function enriched(userId: number, id: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  await enrich(child);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}
export async function started(userId: number, id: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  void enrich(child);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

// Quiet: the async writer given another row.
export async function enrichedOther(userId: number, id: number, other: Row) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  await enrich(other);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } });
}

export class Rows {
  // A method of the class writes the row it is given.
  async moved(userId: number, id: number, to: number) {
    const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
    if (!child || !child.parentId) return;
    this.place(child, to);
    await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
  }

  // Quiet: one that only reads it.
  async named(userId: number, id: number) {
    const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
    if (!child || !child.parentId) return;
    this.describe(child);
    await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } });
  }

  private place(row: Row, to: number) {
    row.parentId = to;
  }
  private describe(row: Row) {
    return row.name;
  }
}
