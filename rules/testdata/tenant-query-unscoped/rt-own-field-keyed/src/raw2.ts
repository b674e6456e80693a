import { PrismaClient } from '@prisma/client';

type Row = { id: string };

// An element replaced by a computed index.
export async function byIndexVar(prisma: PrismaClient, tenant: string, k: string, i: number, other: Row) {
  const rows = await prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${tenant} AND "status" = ${k}`;
  rows[i] = other;
  if (rows[0]) await prisma.message.update({ where: { id: rows[0].id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
