import { prisma } from "./db";

type Input = { id: string; organizationId: string; projectIds?: string[]; body?: object };

// Another id joined to the checked list where it is linked.
export async function concatenated(input: Input, userId: string, extra: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.concat(extra).map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
    await prisma.apiTokenProject.createMany({ data: [...input.projectIds, extra].map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// The caller's body copied over the input between the tests (the token's
// id may be replaced too).
export async function assigned(input: Input, userId: string, body: Input) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  Object.assign(input, body);
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone" "links a \"ApiToken\" by \"tokenId\" alone"
  }
}

// The test reads a name of the list, the write the path it was read
// from, which is given another list between.
export async function deletedThenSet(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  const ids = input.projectIds;
  if (ids) {
    const invalid = ids.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  input.projectIds = ["evil"];
  if (ids) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}
