import { prisma } from "./db";

type Input = { projectId: string; orgId: number; title: string };

const fake: any = { project: { findFirst: async (_: unknown) => ({ id: "x", organizationId: 1 }), findUnique: async (_: unknown) => ({ id: "x", organizationId: 1 }) } };

// A helper of the file whose lookup runs on the fake.
async function getScoped(id: string, orgId: number) {
  const row = await fake.project.findFirst({ where: { id, organizationId: orgId } });
  if (!row) throw new Error("not found");
  return row;
}

async function getCompared(id: string, orgId: number) {
  const row = await fake.project.findUnique({ where: { id } });
  if (!row || row.organizationId !== orgId) throw new Error("not found");
  return row;
}

async function assertOwn(id: string, orgId: number) {
  const row = await fake.project.findUnique({ where: { id } });
  if (!row || row.organizationId !== orgId) throw new Error("not found");
}

export async function viaHelpers(input: Input) {
  const a = await getScoped(input.projectId, input.orgId);
  await prisma.project.update({ where: { id: a.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  const b = await getCompared(input.projectId, input.orgId);
  await prisma.project.update({ where: { id: b.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  await assertOwn(input.projectId, input.orgId);
  await prisma.project.update({ where: { id: input.projectId }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}
