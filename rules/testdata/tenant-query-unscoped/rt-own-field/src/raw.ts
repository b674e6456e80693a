import { Prisma, PrismaClient } from '@prisma/client';

type Row = { id: string };

// The legitimate shapes: quiet.
export class RawOk {
  constructor(private prisma: PrismaClient, private rawOkId: string) {}
  async many(k: string) {
    const rows = await this.prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${this.rawOkId} AND "status" = ${k}`;
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } });
  }
  // SQL that keeps other tenants' rows.
  async or(k: string) {
    const rows = await this.prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${this.rawOkId} OR "status" = ${k}`; // want "\\$queryRaw reads table \"Message\" without a condition on \"instanceId\""
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } }); // want "updateMany on tenant-scoped \"Message\" does not filter by the tenant"
  }
  async union(k: string) {
    const rows = await this.prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${this.rawOkId} UNION SELECT id FROM "Message" WHERE "status" = ${k}`; // want "\\$queryRaw reads table \"Message\" without a condition on \"instanceId\""
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } }); // want "updateMany on tenant-scoped \"Message\" does not filter by the tenant"
  }
  async notEqual(k: string) {
    const rows = await this.prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" != ${this.rawOkId} AND "status" = ${k}`; // want "\\$queryRaw reads table \"Message\" without a condition on \"instanceId\""
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } }); // want "updateMany on tenant-scoped \"Message\" does not filter by the tenant"
  }
  async commented(k: string) {
    const rows = await this.prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "status" = ${k} -- AND "instanceId" = ${this.rawOkId} // want "\\$queryRaw reads table \"Message\" without a condition on \"instanceId\""
    `;
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } }); // want "updateMany on tenant-scoped \"Message\" does not filter by the tenant"
  }
  async selectList(k: string) {
    const rows = await this.prisma.$queryRaw<Row[]>`SELECT id, ${this.rawOkId} AS "instanceId" FROM "Message" WHERE "status" = ${k}`; // want "\\$queryRaw reads table \"Message\" without a condition on \"instanceId\""
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } }); // want "updateMany on tenant-scoped \"Message\" does not filter by the tenant"
  }
  async joined(k: string) {
    const rows = await this.prisma.$queryRaw<Row[]>`SELECT m.id FROM "Message" m JOIN "MessageUpdate" u ON u."messageId" = m.id WHERE u."instanceId" = ${this.rawOkId} AND m."status" = ${k}`; // want "\\$queryRaw reads table \"Message\" without a condition on \"instanceId\""
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } }); // want "updateMany on tenant-scoped \"Message\" does not filter by the tenant"
  }
  async leftJoined(k: string) {
    const rows = await this.prisma.$queryRaw<Row[]>`SELECT m.id FROM "Message" m LEFT JOIN "Instance" i ON i.id = m."instanceId" AND i.id = ${this.rawOkId} WHERE m."status" = ${k}`; // want "\\$queryRaw reads table \"Message\" without a condition on \"instanceId\""
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } }); // want "updateMany on tenant-scoped \"Message\" does not filter by the tenant"
  }
  async rawFragment(k: string) {
    const rows = await this.prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${Prisma.raw(this.rawOkId)} AND "status" = ${k}`;
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } }); // want "updateMany on tenant-scoped \"Message\" does not filter by the tenant"
  }
  async unsafe(k: string) {
    const rows = await this.prisma.$queryRawUnsafe<Row[]>('SELECT id FROM "Message" WHERE "instanceId" = \'' + this.rawOkId + '\' AND "status" = \'' + k + '\''); // want "cannot see the SQL of \\$queryRawUnsafe"
    if (rows[0]) await this.prisma.message.update({ where: { id: rows[0].id }, data: { status: 'READ' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }

  async inCallback(k: string) {
    const rows = await this.prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${this.rawOkId} AND "status" = ${k}`;
    await Promise.all(
      [1].map(async function (this: any) {
        const again = await this.prisma.$queryRaw<Row[]>`SELECT id FROM "Message" WHERE "instanceId" = ${this.rawOkId}`;
        await this.prisma.message.updateMany({ where: { id: { in: again.map((r: Row) => r.id) } }, data: { status: 'READ' } }); // want "updateMany on tenant-scoped \"Message\" does not filter by the tenant"
      }),
    );
    return rows;
  }
}

// The ids another table's rows of the tenant link are trusted as the
// rule trusts a tenant row's foreign key (the links are checked where they
// are written): quiet, as with a tenant parameter. SQL keeping other
// tenants' rows stays reported.
export class RawOther {
  constructor(private prisma: PrismaClient, private rawOtherId: string) {}
  async otherTable(k: string) {
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`SELECT "messageId" AS id FROM "MessageUpdate" WHERE "instanceId" = ${this.rawOtherId} AND "status" = ${k}`;
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } });
  }
  async subquery(k: string) {
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE id IN (SELECT "messageId" FROM "MessageUpdate" WHERE "instanceId" = ${this.rawOtherId} AND "status" = ${k})`; // want "\\$queryRaw reads table \"Message\" without a condition on \"instanceId\""
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } }); // want "updateMany on tenant-scoped \"Message\" does not filter by the tenant"
  }
  async limitOffset(k: string) {
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE "instanceId" = ${this.rawOtherId} AND "status" = ${k} LIMIT 1 OFFSET ${k}`;
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } });
  }
  async isNull(k: string) {
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE ("instanceId" = ${this.rawOtherId} OR ${this.rawOtherId} IS NULL) AND "status" = ${k}`; // want "\\$queryRaw reads table \"Message\" without a condition on \"instanceId\""
    await this.prisma.message.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'READ' } }); // want "updateMany on tenant-scoped \"Message\" does not filter by the tenant"
  }
}
