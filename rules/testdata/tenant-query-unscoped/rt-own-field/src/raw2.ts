import { PrismaClient } from '@prisma/client';

type Row = { id: string };

// The list given other rows before the element is read.
export async function spliced(prisma: PrismaClient, tenant: string, k: string, other: Row) {
  const rows = await prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${tenant} AND "status" = ${k}`;
  rows.splice(0, 1, other);
  if (rows[0]) await prisma.message.update({ where: { id: rows[0].id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
export async function unshifted(prisma: PrismaClient, tenant: string, k: string, other: Row) {
  const rows = await prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${tenant} AND "status" = ${k}`;
  rows.unshift(other);
  if (rows[0]) await prisma.message.update({ where: { id: rows[0].id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
export async function reassigned(prisma: PrismaClient, tenant: string, k: string, other: Row[]) {
  let rows = await prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${tenant} AND "status" = ${k}`;
  rows = other;
  if (rows[0]) await prisma.message.update({ where: { id: rows[0].id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
export async function pushedThenLast(prisma: PrismaClient, tenant: string, k: string, other: Row) {
  const rows = await prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${tenant} AND "status" = ${k}`;
  rows.push(other);
  const last = rows.at(-1);
  if (last) await prisma.message.update({ where: { id: last.id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
export async function viaCopy(prisma: PrismaClient, tenant: string, k: string, other: Row) {
  const rows = await prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${tenant} AND "status" = ${k}`;
  const alias = rows;
  alias[0] = other;
  if (rows[0]) await prisma.message.update({ where: { id: rows[0].id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
// Each element's key replaced by a callback of the list's own methods.
export async function forEachSet(prisma: PrismaClient, tenant: string, k: string, other: string) {
  const rows = await prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${tenant} AND "status" = ${k}`;
  rows.forEach((r) => (r.id = other));
  if (rows[0]) await prisma.message.update({ where: { id: rows[0].id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
export async function findSet(prisma: PrismaClient, tenant: string, k: string, other: string) {
  const rows = await prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${tenant} AND "status" = ${k}`;
  rows.find((r) => {
    r.id = other;
    return false;
  });
  const row = rows[0];
  if (row) await prisma.message.update({ where: { id: row.id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
export async function filled(prisma: PrismaClient, tenant: string, k: string, other: Row) {
  const rows = await prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${tenant} AND "status" = ${k}`;
  rows.fill(other);
  if (rows[0]) await prisma.message.update({ where: { id: rows[0].id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
export async function keySetLater(prisma: PrismaClient, tenant: string, k: string, other: string) {
  const rows = await prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${tenant} AND "status" = ${k}`;
  const row = rows[0];
  const again = rows[0];
  if (again) again.id = other;
  if (row) await prisma.message.update({ where: { id: row.id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
export async function elementInLoop(prisma: PrismaClient, tenant: string, k: string, other: string) {
  const rows = await prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${tenant} AND "status" = ${k}`;
  for (const r of rows) r.id = other;
  if (rows[0]) await prisma.message.update({ where: { id: rows[0].id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
export async function destructuredSet(prisma: PrismaClient, tenant: string, k: string, other: string) {
  const rows = await prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${tenant} AND "status" = ${k}`;
  const [first] = rows;
  if (first) first.id = other;
  if (rows[0]) await prisma.message.update({ where: { id: rows[0].id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
