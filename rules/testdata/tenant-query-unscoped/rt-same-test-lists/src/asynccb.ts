import { prisma } from "./db";

type Input = { id: string; organizationId: string; projectIds?: string[] };

// An async callback answers a promise for each id: every holds whatever
// the ids are.
export async function everyAsync(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    if (!input.projectIds.every(async (id) => organization.projects.some((p) => p.id === id))) throw new Error("bad projects");
  }
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

export async function everyAsyncConst(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const allKnown = input.projectIds.every(async (id) => organization.projects.some((p) => p.id === id));
    if (!allKnown) throw new Error("bad projects");
  }
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

export async function plainEveryAsync(input: { id: string; organizationId: string; projectIds: string[] }, userId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (!input.projectIds.every(async (id) => organization.projects.some((p) => p.id === id))) throw new Error("bad projects");
  await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
}

// A filter whose async callback keeps every id: the unknown ones are all
// of them, the function leaves whenever any id is given; quiet as the
// plain filter.
export async function filterAsync(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) });
  }
}
