import { PrismaClient } from '@prisma/client';

type Row = { id: string };

// The element named, then changed through the list.
export async function elementChangedAfterNamed(prisma: PrismaClient, tenant: string, k: string, other: string) {
  const rows = await prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${tenant} AND "status" = ${k}`;
  const row = rows[0];
  Object.assign(rows[0], { id: other });
  if (row) await prisma.message.update({ where: { id: row.id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}
