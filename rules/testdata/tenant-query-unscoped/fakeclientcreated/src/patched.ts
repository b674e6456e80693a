import { prisma } from "./db";

type Input = { projectId: string; orgId: number; title: string };

// The client's own create replaced, in the file: its row is the caller's.
prisma.project.create = (async () => ({ id: "x" })) as any;

export async function patchedCreate(input: Input) {
  const p = await prisma.project.create({ data: { organizationId: input.orgId } });
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}
