import { prisma } from "./db";

type Input = { projectId: string; orgId: number; title: string };

// The real client's lookup replaced on an alias of it.
export async function patchedLookup(input: Input) {
  const client: any = prisma;
  client.project.findFirst = async () => ({ id: input.projectId, organizationId: input.orgId });
  const p = await prisma.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// The client's delegate replaced whole: reported.
export async function patchedDelegate(input: Input) {
  (prisma as any).project = { findFirst: async () => ({ id: input.projectId, organizationId: input.orgId }) };
  const p = await prisma.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.task.create({ data: { title: input.title, projectId: p.id } }); // want "create on \"Task\" links a \"Project\""
}
