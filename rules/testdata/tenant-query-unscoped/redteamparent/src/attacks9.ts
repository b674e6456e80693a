import { prisma } from "./db";

// The middle hop not awaited: its key reads undefined.
export async function middleUnawaited(organizationId: string, sha: string) {
  const version = await prisma.promptVersion.findUnique({ where: { sha } }); // want "findUnique on tenant-scoped \"PromptVersion\" does not filter by the tenant"
  const prompt: any = prisma.prompt.findFirst({ where: { id: version.promptId } }); // want "findFirst on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organizationId } });
  if (!project) throw new Error("forbidden");
  return version;
}

// The middle hop selected without its key.
export async function middleWithoutKey(organizationId: string, sha: string) {
  const version = await prisma.promptVersion.findUnique({ where: { sha } }); // want "findUnique on tenant-scoped \"PromptVersion\" does not filter by the tenant"
  const prompt = await prisma.prompt.findFirst({ where: { id: version.promptId }, select: { id: true } }); // want "findFirst on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findFirst({ where: { id: (prompt as any).projectId, organizationId } });
  if (!project) throw new Error("forbidden");
  return version;
}

// The parent's tenant filter negated.
export async function parentNotTenant(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organizationId: { not: organizationId } } }); // want "findFirst on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("forbidden");
  return prompt;
}

export async function parentIsNotOrg(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organization: { isNot: { id: organizationId } } } }); // want "findFirst on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("forbidden");
  return prompt;
}

// Near miss, silent: the parent filtered through its organization.
export async function parentThroughOrg(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organization: { id: organizationId } } });
  if (!project) throw new Error("forbidden");
  return prompt;
}
