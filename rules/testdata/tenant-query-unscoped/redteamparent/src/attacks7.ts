import { prisma } from "./db";
import { isOrgMemberOrThrow, isOrgMemberOrThrowAsync, type RequestUser } from "./identity";

// The parent's name given a caller's value when the lookup is skipped.
export async function parentOrCached(user: RequestUser, id: string, cached: { organizationId: string } | undefined) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = cached ? cached : await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

export async function parentOrFallback(user: RequestUser, id: string, mine: { organizationId: string }) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = (await prisma.project.findUnique({ where: { id: prompt.projectId } })) ?? mine; // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

// The parent looked up in a loop that may not run.
export async function parentInLoop(user: RequestUser, id: string, xs: string[]) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  for (const x of xs) {
    const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
    isOrgMemberOrThrow(user, project.organizationId);
  }
  return prompt;
}

// An async guard not awaited.
export async function guardNotAwaited(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  isOrgMemberOrThrowAsync(user, project.organizationId);
  return prompt;
}

// Near miss, silent: the async guard awaited.
export async function guardAwaited(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  await isOrgMemberOrThrowAsync(user, project.organizationId);
  return prompt;
}

// The parent found by the key, the guard given the caller's organization.
export async function guardGivenCallers(user: RequestUser, id: string, organizationId: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  isOrgMemberOrThrow(user, organizationId);
  return prompt;
}
