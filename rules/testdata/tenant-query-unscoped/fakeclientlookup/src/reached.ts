import { PrismaClient } from "@prisma/client";
import { prisma } from "./db";

type Input = { projectId: string; orgId: number; title: string; ids: string[] };
const fake: any = {
  project: {
    findFirst: async (_: unknown) => ({ id: "x", organizationId: 1 }),
    findMany: async (_: unknown) => [{ id: "x", organizationId: 1 }],
  },
};

// A fake reached through a pattern's member or element, or a class
// expression's instance; and, already reported, a fake's lookup inline in
// the write, its rows' keys, and its count of the keys.

export async function destructuredClient(input: Input) {
  const { db } = { db: fake };
  const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function arrayElement(input: Input) {
  const [db] = [fake];
  const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function classExpression(input: Input) {
  const db = new (class {
    project = { findFirst: async (_: unknown) => ({ id: input.projectId, organizationId: input.orgId }) };
  })();
  const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function inlineLookup(input: Input) {
  await prisma.project.update({ where: { id: (await fake.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } })).id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function fakeRows(input: Input) {
  const rows = await fake.project.findMany({ where: { id: { in: input.ids }, organizationId: input.orgId } });
  await prisma.project.updateMany({ where: { id: { in: rows.map((r: { id: string }) => r.id) } }, data: { name: input.title } }); // want "updateMany on tenant-scoped \"Project\" does not filter by the tenant"
  for (const r of rows) {
    await prisma.project.update({ where: { id: r.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
  const ids = rows.map((r: { id: string }) => r.id);
  await prisma.task.deleteMany({ where: { projectId: { in: ids } } }); // want "deleteMany on tenant-scoped \"Task\" does not filter by the tenant"
}

export async function fakeCount(input: Input) {
  const n = await fake.project.count({ where: { id: { in: input.ids }, organizationId: input.orgId } });
  if (n !== input.ids.length) throw new Error("forbidden");
  await prisma.project.deleteMany({ where: { id: { in: input.ids } } }); // want "deleteMany on tenant-scoped \"Project\" does not filter by the tenant"
}

// Near misses, silent: the same patterns and class expression giving the
// real client.
export async function realPatterns(input: Input) {
  const { db } = { db: prisma };
  const [other] = [prisma];
  const real = new (class extends PrismaClient {})();
  const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  const q = await other.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  const r = await real.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p || !q || !r) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
  await prisma.project.update({ where: { id: q.id }, data: { name: input.title } });
  await prisma.project.update({ where: { id: r.id }, data: { name: input.title } });
}
