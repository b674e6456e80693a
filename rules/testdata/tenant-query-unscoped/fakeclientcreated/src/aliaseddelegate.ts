import { prisma } from "./db";

type Input = { projectId: string; orgId: number; title: string };

// The whole delegate replaced through an alias of the client: the task
// links the id the replacement chose.
export async function aliasDelegate(input: Input) {
  const client: any = prisma;
  client.project = { create: async () => ({ id: input.projectId }) };
  const p = await prisma.project.create({ data: { organizationId: input.orgId } });
  await prisma.task.create({ data: { title: input.title, projectId: p.id } }); // want "create on \"Task\" links a \"Project\""
}
