import { prisma } from "./db";

type Input = { id: string; organizationId: string; projectIds?: string[]; otherIds?: string[] };


// bklit's token update: each id is checked to be the id of one of the
// projects of the organization found with the tenant, the function
// throwing when any is not; the links are written under the same test of
// the same unchanged list, so only when the check ran.
export async function update(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({
    where: { id: input.organizationId, members: { some: { userId, role: { in: ["admin", "owner"] } } } },
    include: { projects: true },
  });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirst({ where: { id: input.id, organizationId: input.organizationId } });
  if (!token) throw new Error("not found");
  if (input.projectIds) {
    const invalidProjectIds = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalidProjectIds.length > 0) {
      throw new Error(`Projects not found in organization: ${invalidProjectIds.join(", ")}`);
    }
  }
  await prisma.apiToken.update({ where: { id: token.id }, data: { tokenPrefix: "p" } });
  if (input.projectIds) {
    await prisma.apiTokenProject.deleteMany({ where: { tokenId: token.id } });
    await prisma.apiTokenProject.createMany({
      data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })),
    });
  }
}

// The every form under the same test, and the list given as `in` and as
// connections: each element is one of the organization's projects.
export async function everyForm(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({
    where: { id: input.organizationId, members: { some: { userId } } },
    include: { projects: true },
  });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirst({ where: { id: input.id, organizationId: input.organizationId } });
  if (!token) throw new Error("not found");
  if (input.projectIds) {
    if (!input.projectIds.every((id) => organization.projects.some((p) => p.id === id))) {
      throw new Error("bad projects");
    }
  }
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) });
    await prisma.project.updateMany({ where: { id: { in: input.projectIds } }, data: { name: "linked" } });
  }
}

// The every result bound to a const, tested in the same block.
export async function everyConst(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({
    where: { id: input.organizationId, members: { some: { userId } } },
    include: { projects: true },
  });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirst({ where: { id: input.id, organizationId: input.organizationId } });
  if (!token) throw new Error("not found");
  if (input.projectIds) {
    const allKnown = input.projectIds.every((id) => organization.projects.some((p) => p.id === id));
    if (!allKnown) return null;
  }
  if (input.projectIds) {
    return prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) });
  }
  return null;
}

// Sorting the list keeps its elements.
export async function sorted(input: Input, userId: string) {
  const organization = await prisma.organization.findFirst({
    where: { id: input.organizationId, members: { some: { userId } } },
    include: { projects: true },
  });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirst({ where: { id: input.id, organizationId: input.organizationId } });
  if (!token) throw new Error("not found");
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  input.projectIds?.sort();
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) });
  }
}

// Tested by its length both times.
export async function byLength(input: { organizationId: string; id: string; projectIds: string[] }, userId: string) {
  const organization = await prisma.organization.findFirst({
    where: { id: input.organizationId, members: { some: { userId } } },
    include: { projects: true },
  });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirst({ where: { id: input.id, organizationId: input.organizationId } });
  if (!token) throw new Error("not found");
  if (input.projectIds.length > 0) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  if (input.projectIds.length > 0) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) });
  }
}

// The ids found as a list of rows with the tenant, the list a const.
export async function listed(organizationId: string, tokenId: string, projectIds: string[] | undefined) {
  const projects = await prisma.project.findMany({ where: { organizationId } });
  const token = await prisma.apiToken.findFirst({ where: { id: tokenId, organizationId } });
  if (!token) throw new Error("not found");
  if (projectIds) {
    const unknown = projectIds.filter((id) => !projects.some((p) => p.id === id));
    if (unknown.length !== 0) throw new Error("bad projects");
  }
  if (projectIds) {
    await prisma.project.updateMany({ where: { id: { in: projectIds } }, data: { name: "x" } });
  }
}
