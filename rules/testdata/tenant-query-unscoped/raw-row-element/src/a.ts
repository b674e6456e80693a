import { PrismaClient } from '@prisma/client';

// An element of the tenant's raw rows taken by a literal index is one of
// those rows, as each element `rows.map` reads is.
export async function first(prisma: PrismaClient, instanceId: string, keyId: string) {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE "instanceId" = ${instanceId} AND "key"->>'id' = ${keyId}`;
  await prisma.message.update({ where: { id: rows[0].id }, data: { status: 'READ' } });
}
export async function tested(prisma: PrismaClient, instanceId: string, keyId: string) {
  const rows = await prisma.$queryRaw<any[]>`SELECT * FROM "Message" WHERE "instanceId" = ${instanceId} AND "key"->>'id' = ${keyId} LIMIT 1`;
  if (!rows[0]) return;
  await prisma.message.update({ where: { id: rows[0].id }, data: { status: 'READ' } });
}
// A const naming the element, itself only read.
export async function named(prisma: PrismaClient, instanceId: string, keyId: string) {
  const rows = await prisma.$queryRaw<any[]>`SELECT * FROM "Message" WHERE "instanceId" = ${instanceId} AND "key"->>'id' = ${keyId} LIMIT 1`;
  const row = rows[0];
  await prisma.message.update({ where: { id: row.id }, data: { status: 'READ' } });
}
// The twin from a Prisma lookup.
export async function fromFindMany(prisma: PrismaClient, instanceId: string, keyId: string) {
  const rows = await prisma.message.findMany({ where: { instanceId, status: keyId } });
  await prisma.message.update({ where: { id: rows[0].id }, data: { status: 'READ' } });
}

// The element is replaced, changed, or handed out before the write.
export async function replaced(prisma: PrismaClient, instanceId: string, keyId: string, other: { id: string }) {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE "instanceId" = ${instanceId} AND "key"->>'id' = ${keyId}`;
  rows[0] = other;
  await prisma.message.update({ where: { id: rows[0].id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
export async function keyChanged(prisma: PrismaClient, instanceId: string, keyId: string, other: string) {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE "instanceId" = ${instanceId} AND "key"->>'id' = ${keyId}`;
  rows[0].id = other;
  await prisma.message.update({ where: { id: rows[0].id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
export async function handed(prisma: PrismaClient, instanceId: string, keyId: string) {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE "instanceId" = ${instanceId} AND "key"->>'id' = ${keyId}`;
  rewrite(rows[0]);
  await prisma.message.update({ where: { id: rows[0].id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
export async function aliased(prisma: PrismaClient, instanceId: string, keyId: string, other: string) {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE "instanceId" = ${instanceId} AND "key"->>'id' = ${keyId}`;
  const row = rows[0];
  row.id = other;
  await prisma.message.update({ where: { id: rows[0].id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
export async function namedChanged(prisma: PrismaClient, instanceId: string, keyId: string, other: string) {
  const rows = await prisma.$queryRaw<any[]>`SELECT * FROM "Message" WHERE "instanceId" = ${instanceId} AND "key"->>'id' = ${keyId} LIMIT 1`;
  const row = rows[0];
  row.id = other;
  await prisma.message.update({ where: { id: row.id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
export async function namedHanded(prisma: PrismaClient, instanceId: string, keyId: string) {
  const rows = await prisma.$queryRaw<any[]>`SELECT * FROM "Message" WHERE "instanceId" = ${instanceId} AND "key"->>'id' = ${keyId} LIMIT 1`;
  const row = rows[0];
  rewrite(row);
  await prisma.message.update({ where: { id: row.id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
export async function namedLet(prisma: PrismaClient, instanceId: string, keyId: string, other: any[]) {
  const rows = await prisma.$queryRaw<any[]>`SELECT * FROM "Message" WHERE "instanceId" = ${instanceId} AND "key"->>'id' = ${keyId} LIMIT 1`;
  let row = rows[0];
  if (!row) row = other[0];
  await prisma.message.update({ where: { id: row.id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
// An optional read is undefined on no rows: a filter updateMany drops.
export async function optional(prisma: PrismaClient, instanceId: string, keyId: string) {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE "instanceId" = ${instanceId} AND "key"->>'id' = ${keyId}`;
  await prisma.message.updateMany({ where: { id: rows[0]?.id }, data: { status: 'READ' } }); // want "updateMany on tenant-scoped \"Message\" does not filter by the tenant"
}
// Rows of every tenant.
export async function unscopedRows(prisma: PrismaClient, keyId: string) {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE "key"->>'id' = ${keyId}`; // want "\\$queryRaw reads table \"Message\" without a condition on \"instanceId\""
  await prisma.message.update({ where: { id: rows[0].id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
declare function rewrite(row: { id: string }): void;
