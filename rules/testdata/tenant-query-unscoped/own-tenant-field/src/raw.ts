import { Prisma, PrismaClient } from '@prisma/client';

// Raw SQL keeping the object's own tenant's rows: their ids are its keys.
export class RawSvc {
  constructor(private prisma: PrismaClient, private rawId: string) {}
  async viaRaw(k: string) {
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE "instanceId" = ${this.rawId} AND "key"->>'id' = ${k}`;
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } });
  }
  // The rows are moved to another tenant.
  async moveOther(other: string, k: string) {
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE "instanceId" = ${this.rawId} AND "key"->>'id' = ${k}`;
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { instanceId: other } }); // want "updateMany on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// A method sets the field.
export class RawSwitching {
  constructor(private prisma: PrismaClient, private rawSwitchedId: string) {}
  use(id: string) {
    this.rawSwitchedId = id;
  }
  async viaRaw(k: string) {
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE "instanceId" = ${this.rawSwitchedId} AND "key"->>'id' = ${k}`;
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } }); // want "updateMany on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// The field holds SQL text, not a value.
export class RawFragment {
  private rawScope: Prisma.Sql;
  constructor(private prisma: PrismaClient) {
    this.rawScope = Prisma.sql`"instanceId"`;
  }
  async viaRaw(k: string) {
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE "instanceId" = ${this.rawScope} AND "key"->>'id' = ${k}`;
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } }); // want "updateMany on tenant-scoped \"Message\" does not filter by the tenant"
  }
}
