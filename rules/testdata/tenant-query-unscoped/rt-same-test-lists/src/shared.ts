import { prisma } from "./db";

type Input = { id: string; organizationId: string; projectIds?: string[]; otherIds?: string[] };
declare function sleep(ms: number): Promise<void>;

// The list read from a store another request may change while this one waits.
const sessions = new Map<string, Input>();
export function swapSession(id: string, ids: string[]) {
  sessions.get(id)!.projectIds = ids;
}
export async function sharedInput(id: string, userId: string) {
  const input = sessions.get(id)!;
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  await sleep(10);
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// The list read from a module's let another function replaces while this one waits.
let current: Input = { id: "", organizationId: "" };
export function setCurrent(ids: string[]) {
  current.projectIds = ids;
}
export async function moduleInput(userId: string) {
  const input = current;
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  await sleep(10);
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// A getter of the function's own object answers another list on each read.
export async function getterInput(base: Input, userId: string, other: Input) {
  let reads = 0;
  const input = {
    ...base,
    get projectIds() {
      reads++;
      return reads > 3 ? other.projectIds : base.projectIds;
    },
  };
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
  }
}

// The same shared list checked and linked in one block, a wait between.
const plainSessions = new Map<string, { id: string; organizationId: string; projectIds: string[] }>();
export function swapPlain(id: string, ids: string[]) {
  plainSessions.get(id)!.projectIds = ids;
}
export async function plainShared(id: string, userId: string) {
  const input = plainSessions.get(id)!;
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
  if (invalid.length > 0) throw new Error("bad projects");
  await sleep(10);
  await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
}

// Near misses that must stay quiet: a shared list checked and linked with
// no wait or call between, and an object of the function's own without
// accessors read across a wait.
export async function sharedNoWait(id: string, userId: string) {
  const input = plainSessions.get(id)!;
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
  if (invalid.length > 0) throw new Error("bad projects");
  await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) });
}
export async function ownObject(base: Input, userId: string) {
  const input = { ...base, projectIds: base.projectIds };
  const organization = await prisma.organization.findFirst({ where: { id: input.organizationId, members: { some: { userId } } }, include: { projects: true } });
  if (!organization) throw new Error("forbidden");
  const token = await prisma.apiToken.findFirstOrThrow({ where: { id: input.id, organizationId: input.organizationId } });
  if (input.projectIds) {
    const invalid = input.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
    if (invalid.length > 0) throw new Error("bad projects");
  }
  await sleep(10);
  if (input.projectIds) {
    await prisma.apiTokenProject.createMany({ data: input.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) });
  }
}
