import { PrismaClient } from '@prisma/client';

// Quiet: the element named by a const, read by its field.
export async function namedQuiet(prisma: PrismaClient, tenant: string, k: string) {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE "instanceId" = ${tenant} AND "status" = ${k}`;
  const row = rows[0];
  await prisma.message.update({ where: { id: row.id }, data: { status: 'READ' } });
}
export async function otherTableParam(prisma: PrismaClient, tenant: string, k: string) {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT "messageId" AS id FROM "MessageUpdate" WHERE "instanceId" = ${tenant} AND "status" = ${k}`;
  await prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } });
}
export async function foreignKeyPrisma(prisma: PrismaClient, tenant: string, k: string) {
  const u = await prisma.messageUpdate.findFirst({ where: { instanceId: tenant, status: k } });
  if (u) await prisma.message.update({ where: { id: u.messageId }, data: { status: 'READ' } });
}
