import { prisma } from "./db";
import { isOrgMemberOrThrow, type RequestUser } from "./identity";

declare function fail(): void;

// The parent tested only when found: an orphaned prompt goes on.
export async function parentMissingGoesOn(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  if (project && project.organizationId !== organizationId) throw new Error("forbidden");
  return prompt;
}

export async function parentMissingOptional(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (project) isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

// The proof in a switch case, or skipped by a labeled break.
export async function proofInCase(user: RequestUser, id: string, mode: number) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  switch (mode) {
    case 1:
      isOrgMemberOrThrow(user, project.organizationId);
  }
  return prompt;
}

export async function proofBrokenOver(user: RequestUser, id: string, skip: boolean) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  check: {
    if (skip) break check;
    isOrgMemberOrThrow(user, project.organizationId);
  }
  return prompt;
}

export async function proofContinued(user: RequestUser, id: string, skip: boolean) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  do {
    if (skip) continue;
    isOrgMemberOrThrow(user, project.organizationId);
  } while (false);
  return prompt;
}

// The proof short-circuited.
export async function proofShortCircuit(user: RequestUser, id: string, strict: boolean) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  strict && isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

// A mismatch handled by a function that may not throw.
export async function mismatchCallsHelper(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project || project.organizationId !== organizationId) fail();
  return prompt;
}

// The lookup and its proof under a condition of the row.
export async function lookupUnderIf(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  if (prompt.name !== "public") {
    const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
    isOrgMemberOrThrow(user, project.organizationId);
  }
  return prompt;
}

// The parent compared loosely with a caller value that may be missing.
export async function comparedWithMissing(id: string, organizationId?: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organizationId } }); // want "findFirst on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
  if (!project) throw new Error("forbidden");
  return prompt;
}
