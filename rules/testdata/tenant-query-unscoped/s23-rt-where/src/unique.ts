import { prisma } from "./lib/db";

// Compound unique keys, extended unique wheres, cursors, upserts.
export async function unique(organizationId: string, id: string, name: string, input: { orgId?: string; key?: { organizationId: string; name: string } }, maybe: string | undefined, key: any, cond: boolean, optKey?: { organizationId: string; name: string }) {
  await prisma.project.findUnique({ where: { organizationId_name: { organizationId, name } } });
  // A compound key without one of its fields is refused by Prisma.
  await prisma.project.findUnique({ where: { organizationId_name: { organizationId: maybe, name } } });
  await prisma.project.findUnique({ where: { id, organizationId_name: { organizationId: maybe, name } } });
  await prisma.project.findUnique({ where: { id, organizationId_name: cond ? { organizationId, name } : undefined } }); // want "on tenant-scoped"
  // A compound key that may be undefined is dropped: the id alone finds the row.
  await prisma.project.findUnique({ where: { id, organizationId_name: optKey } }); // want "on tenant-scoped"
  await prisma.project.findUnique({ where: { id, organizationId_name: input.key } }); // want "on tenant-scoped"
  await prisma.project.findUnique({ where: { id, organizationId_name: cond ? optKey : { organizationId, name } } }); // want "on tenant-scoped"
  await prisma.project.findUnique({ where: { id, organizationId_name: key } });
  // A spread after the tenant's field may replace it, as in a where.
  await prisma.project.findUnique({ where: { id, organizationId_name: { organizationId, name, ...key } } }); // want "on tenant-scoped"
  await prisma.project.findUnique({ where: { id, organizationId_name: { ...key, organizationId, name } } });
  await prisma.project.findUnique({ where: { id, organizationId_name: { organizationId, name }, organizationId_name: undefined } }); // want "on tenant-scoped"
  await prisma.project.findUnique({ where: { id, organizationId_name: { organizationId, name } } });
  await prisma.project.findMany({ where: { id, organizationId_name: { organizationId, name } } });
  // Extended unique where: the tenant beside the id.
  await prisma.project.findUnique({ where: { id, organizationId } });
  await prisma.project.findUnique({ where: { id, organizationId: maybe } }); // want "may be undefined"
  await prisma.project.update({ where: { id, organizationId: input.orgId }, data: {} }); // want "may be undefined"
  // A cursor is a starting point, not a filter.
  await prisma.project.findMany({ cursor: { id, organizationId } }); // want "on tenant-scoped"
  await prisma.project.findMany({ cursor: { organizationId_name: { organizationId, name } }, take: 10 }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { id }, distinct: ["organizationId"] }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { organizationId }, cursor: { id } });
  // Upsert: its where finds the row it updates.
  await prisma.project.upsert({ where: { id }, create: { organizationId, name }, update: {} }); // want "on tenant-scoped"
  await prisma.project.upsert({ where: { id, organizationId }, create: { organizationId, name }, update: {} });
  await prisma.project.updateMany({ where: {}, data: { name } }); // want "on tenant-scoped"
  await prisma.project.deleteMany({}); // want "on tenant-scoped"
  await prisma.project.deleteMany(); // want "on tenant-scoped"
  await prisma.project.deleteMany({ where: undefined }); // want "on tenant-scoped"
  await prisma.project.deleteMany({ where: { organizationId } });
  await prisma.project.updateMany({ data: { name }, where: { organizationId } });
  await prisma.project.count({ where: { organizationId } });
  await prisma.project.count(); // want "on tenant-scoped"
  await prisma.project.aggregate({ _count: true }); // want "on tenant-scoped"
  await prisma.project.groupBy({ by: ["name"], where: { organizationId } });
  await prisma.project.groupBy({ by: ["name"], having: { organizationId } }); // want "on tenant-scoped"
}

// A field named with underscores is no compound key.
export async function underscored(legacy: string, organizationId: string) {
  await prisma.comment.findMany({ where: { organizationId_legacy: legacy } }); // want "on tenant-scoped"
  await prisma.comment.findMany({ where: { organizationId_legacy: legacy, organizationId } });
}

// A second key to the tenant model beside the row's own tenant field names
// another tenant, not the row's.
export async function otherOrg(organizationId: string) {
  await prisma.comment.findMany({ where: { mentionedOrgId: organizationId } }); // want "on tenant-scoped"
  await prisma.comment.findMany({ where: { mentionedOrg: { id: organizationId } } }); // want "on tenant-scoped"
  await prisma.comment.findMany({ where: { mentionedOrgId: organizationId, organizationId } });
}
