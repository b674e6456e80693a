import { prisma } from "./db";

type Input = { projectId: string; orgId: number; title: string };

// Near miss, silent: a message's own field named like the delegate
// (evolution's `msg.message = …`) replaces no client's create.
export async function fieldNamedLikeDelegate(input: Input, msg: { project: any }, key: string) {
  msg.project = { name: input.title };
  msg.project[key] = input.title;
  const p = await prisma.project.create({ data: { organizationId: input.orgId } });
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
  await prisma.task.create({ data: { title: input.title, projectId: p.id } });
}
