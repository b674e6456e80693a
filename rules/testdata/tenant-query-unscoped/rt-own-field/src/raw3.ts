import { PrismaClient } from '@prisma/client';

// Quiet: the element named by a const, read by its field.
export async function namedQuiet(prisma: PrismaClient, tenant: string, k: string) {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE "instanceId" = ${tenant} AND "status" = ${k}`;
  const row = rows[0];
  await prisma.message.update({ where: { id: row.id }, data: { status: 'READ' } });
}
