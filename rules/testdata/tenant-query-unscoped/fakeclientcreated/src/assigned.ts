import { prisma } from "./db";

type Input = { projectId: string; orgId: number; title: string };

// The client's create replaced through Object.assign on the delegate.
export async function assignPatched(input: Input) {
  Object.assign(prisma.project, { create: async () => ({ id: input.projectId }) }); // want "cannot follow the \"Project\" client handed out here"
  const p = await prisma.project.create({ data: { organizationId: input.orgId } });
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

