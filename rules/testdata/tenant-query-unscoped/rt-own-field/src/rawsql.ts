import { Prisma, PrismaClient } from '@prisma/client';

// The field is SQL text the caller chose: `"instanceId"` keeps every row.
export class RawSqlField {
  constructor(private prisma: PrismaClient, private sqlScope: Prisma.Sql) {}
  async viaRaw(k: string) {
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE "instanceId" = ${this.sqlScope} AND "status" = ${k}`;
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } }); // want "updateMany on tenant-scoped \"Message\" does not filter by the tenant"
  }
}
export class RawSqlAssigned {
  private sqlScope2: Prisma.Sql;
  constructor(private prisma: PrismaClient, scope: Prisma.Sql) {
    this.sqlScope2 = scope;
  }
  async viaRaw(k: string) {
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE "instanceId" = ${this.sqlScope2} AND "status" = ${k}`;
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } }); // want "updateMany on tenant-scoped \"Message\" does not filter by the tenant"
  }
}
export async function sqlParam(prisma: PrismaClient, scope: Prisma.Sql, k: string) {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE "instanceId" = ${scope} AND "status" = ${k}`;
  await prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } }); // want "updateMany on tenant-scoped \"Message\" does not filter by the tenant"
}
