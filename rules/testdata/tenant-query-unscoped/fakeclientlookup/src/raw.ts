import { prisma } from "./db";
import { lockProject, lockProjectOnStub } from "./lock";

type Input = { projectId: string; orgId: number; title: string; ids: string[] };

export async function fakeRawRows(input: Input) {
  const fake = { $queryRaw: async (..._: unknown[]) => input.ids.map((id) => ({ id })) };
  const rows: { id: string }[] = await fake.$queryRaw`SELECT "id" FROM "Project" WHERE "organizationId" = ${input.orgId}`;
  await prisma.project.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { name: input.title } }); // want "updateMany on tenant-scoped \"Project\" does not filter by the tenant"
  for (const r of rows) {
    await prisma.project.update({ where: { id: r.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
}

export async function realRawRows(input: Input) {
  const rows: { id: string }[] = await prisma.$queryRaw`SELECT "id" FROM "Project" WHERE "organizationId" = ${input.orgId}`;
  await prisma.project.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { name: input.title } });
  for (const r of rows) {
    await prisma.project.update({ where: { id: r.id }, data: { name: input.title } });
  }
}

// An imported lock helper whose raw lookup runs on a fake: reported; the
// same helper on the client: silent.
export async function lockedByFake(input: Input) {
  await prisma.$transaction(async (tx) => {
    await lockProjectOnStub(tx, input.projectId, input.orgId);
    await tx.project.update({ where: { id: input.projectId }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  });
}

export async function lockedByClient(input: Input) {
  await prisma.$transaction(async (tx) => {
    await lockProject(tx, input.projectId, input.orgId);
    await tx.project.update({ where: { id: input.projectId }, data: { name: input.title } });
  });
}
