import { prisma } from "./db";

type Input = { id: string; organizationId: string; projectIds?: string[] };

// The list reached by a string subscript and grown.
export async function subscriptPush(input: Input, userId: string, extra: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  input["projectIds"]!.push(extra);
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

export async function optionalSubscriptPush(input: Input, userId: string, extra: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  (input as Input)?.["projectIds"]?.unshift(extra);
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

export async function plainSubscriptPush(input: { id: string; organizationId: string; projectIds: string[] }, userId: string, extra: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
  if (invalid.length > 0) throw new Error("bad projects");
  input[`projectIds`].splice(0, 0, extra);
  await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
}

// Near miss that must stay quiet: another list of the input grown so.
export async function otherKeyPush(input: Input & { otherIds: string[] }, userId: string, extra: string) {
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  input["otherIds"].push(extra);
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) });
  }
}
