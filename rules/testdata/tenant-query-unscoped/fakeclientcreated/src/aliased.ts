import { prisma } from "./db";

type Input = { projectId: string; orgId: number; title: string };

// The client's create replaced through an alias of the client.
export async function aliasPatched(input: Input) {
  const client: any = prisma;
  client.project.create = async () => ({ id: input.projectId });
  const p = await prisma.project.create({ data: { organizationId: input.orgId } });
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// The client's create replaced through an alias in another function of
// the file, run before.
function patch(input: Input) {
  const client: any = prisma;
  client.project.create = async () => ({ id: input.projectId });
}

export async function aliasPatchedElsewhere(input: Input) {
  patch(input);
  const p = await prisma.project.create({ data: { organizationId: input.orgId } });
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}
