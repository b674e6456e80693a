import { prisma } from "./db";

type Input = { projectId: string; orgId: number; title: string; ids: string[] };
const fake: any = { project: { findMany: async (_: unknown) => [{ id: "x", organizationId: 1 }] } };

// Already reported: keys checked against a fake's list, through a Map, its
// length, a Set, and a find.

export async function fakeMap(input: Input) {
  const rows = await fake.project.findMany({ where: { organizationId: input.orgId } });
  const byId = new Map(rows.map((r: { id: string }) => [r.id, r]));
  if (!byId.has(input.projectId)) throw new Error("not found");
  await prisma.project.update({ where: { id: input.projectId }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function fakeEvery(input: Input) {
  const rows = await fake.project.findMany({ where: { id: { in: input.ids }, organizationId: input.orgId } });
  if (rows.length !== input.ids.length) throw new Error("forbidden");
  await prisma.project.deleteMany({ where: { id: { in: input.ids } } }); // want "deleteMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function fakeSet(input: Input) {
  const rows = await fake.project.findMany({ where: { organizationId: input.orgId }, select: { id: true } });
  const mine = new Set(rows.map((r: { id: string }) => r.id));
  for (const id of input.ids) {
    if (!mine.has(id)) continue;
    await prisma.project.update({ where: { id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
}

export async function fakeFind(input: Input) {
  const rows = await fake.project.findMany({ where: { organizationId: input.orgId } });
  const p = rows.find((r: { id: string }) => r.id === input.projectId);
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// Near miss, silent: the row found in the client's list.
export async function realLists(input: Input) {
  const rows = await prisma.project.findMany({ where: { organizationId: input.orgId } });
  const p = rows.find((r) => r.id === input.projectId);
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
}
