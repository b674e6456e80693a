import { prisma } from "./lib/db";

// Every operation whose where decides the rows it reaches.
export async function unscoped(id: string) {
  await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant; add organizationId to its where$"
  await prisma.project.findUniqueOrThrow({ where: { id } }); // want "findUniqueOrThrow on tenant-scoped \"Project\" does not filter"
  await prisma.project.findFirst({ where: { id } }); // want "findFirst on tenant-scoped \"Project\" does not filter"
  await prisma.project.findFirstOrThrow({ where: { id } }); // want "findFirstOrThrow on tenant-scoped \"Project\" does not filter"
  await prisma.project.findMany({ where: { id } }); // want "findMany on tenant-scoped \"Project\" does not filter"
  await prisma.project.count({ where: { id } }); // want "count on tenant-scoped \"Project\" does not filter"
  await prisma.project.aggregate({ where: { id }, _count: true }); // want "aggregate on tenant-scoped \"Project\" does not filter"
  await prisma.project.groupBy({ by: ["id"], where: { id } }); // want "groupBy on tenant-scoped \"Project\" does not filter"
  await prisma.project.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
  await prisma.project.updateMany({ where: { id }, data: {} }); // want "updateMany on tenant-scoped \"Project\" does not filter"
  await prisma.project.updateManyAndReturn({ where: { id }, data: {} }); // want "updateManyAndReturn on tenant-scoped \"Project\" does not filter"
  await prisma.project.upsert({ where: { id }, create: { id, organizationId: "o" }, update: {} }); // want "upsert on tenant-scoped \"Project\" does not filter"
  await prisma.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\" does not filter"
  await prisma.project.deleteMany({ where: { id } }); // want "deleteMany on tenant-scoped \"Project\" does not filter"
  await prisma.project.findMany(); // want "findMany on tenant-scoped \"Project\" has no where; add where: \\{ organizationId \\}$"
  await prisma.project.count({ select: { _all: true } }); // want "count on tenant-scoped \"Project\" has no where"
}

export async function scoped(id: string, organizationId: string) {
  await prisma.project.findUnique({ where: { id, organizationId } });
  await prisma.project.findMany({ where: { organizationId: organizationId } });
  await prisma.project.update({ where: { id, organizationId }, data: {} });
  await prisma.project.deleteMany({ where: { organizationId: { equals: organizationId } } });
  await prisma.project.count({ where: { organizationId: { in: [organizationId] } } });
  // Creates are left to the TypeScript compiler.
  await prisma.project.create({ data: { id, organizationId } });
}

// Global models and the tenant model itself are not tenant data.
export async function notTenantData(id: string, slug: string) {
  await prisma.plan.findMany();
  await prisma.organization.findUnique({ where: { id } });
  await prisma.organization.findUnique({ where: { slug } });
}
