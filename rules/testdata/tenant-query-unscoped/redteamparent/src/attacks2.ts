import { prisma } from "./db";
import { isOrgMemberOrThrow, type RequestUser } from "./identity";

declare function send(row: unknown): void;

// The parent found by a copy of the row's key, compared with the row.
export async function comparedWithCopiedKey(id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const pid = prompt.projectId;
  const project = await prisma.project.findUnique({ where: { id: pid } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project || project.id !== prompt.projectId) throw new Error("forbidden");
  return prompt;
}

// The parent found by an alias of the row.
export async function aliasKey(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const alias = prompt;
  const project = await prisma.project.findUnique({ where: { id: alias.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

// The parent's where scoped by another unproven row's tenant.
export async function parentScopedByOtherRow(id: string, otherId: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  const other = await prisma.project.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organizationId: other.organizationId } });
  if (!project) throw new Error("forbidden");
  return prompt;
}

// The proven row changed, then written by its own id.
export async function changedThenWritten(user: RequestUser, id: string, input: { id: string; name: string }) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  if (!prompt) throw new Error("not found");
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  Object.assign(prompt, input);
  return prisma.prompt.update({ where: { id: prompt.id }, data: { name: input.name } }); // want "update on tenant-scoped \"Prompt\" does not filter by the tenant"
}

// The parent's name shadowed where it is tested.
export async function parentShadowed(user: RequestUser, id: string, mine: { organizationId: string }) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  {
    const project = mine;
    isOrgMemberOrThrow(user, project.organizationId);
  }
  send(project);
  return prompt;
}

// Two levels: the middle's check compares it with the row found by it.
export async function versionMiddleEcho(sha: string) {
  const version = await prisma.promptVersion.findUnique({ where: { sha } }); // want "findUnique on tenant-scoped \"PromptVersion\" does not filter by the tenant"
  const prompt = await prisma.prompt.findUnique({ where: { id: version.promptId } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  if (!prompt || prompt.id !== version.promptId) throw new Error("forbidden");
  return version;
}

// The row's own key compared with the parent's tenant of another model.
export async function parentProjectEcho(id: string) {
  const version = await prisma.promptVersion.findUnique({ where: { sha: id } }); // want "findUnique on tenant-scoped \"PromptVersion\" does not filter by the tenant"
  const prompt = await prisma.prompt.findUnique({ where: { id: version.promptId } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project || prompt.projectId !== project.id) throw new Error("forbidden");
  return version;
}

// The row found by its key inside a ternary of the lookup.
export async function parentKeyChosen(user: RequestUser, id: string, other: string, useOther: boolean) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: useOther ? other : prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

// The row found with the parent included and its key from the include.
export async function keyFromIncludedOther(user: RequestUser, sha: string) {
  const version = await prisma.promptVersion.findUnique({ where: { sha }, include: { reviewedPrompt: true } }); // want "findUnique on tenant-scoped \"PromptVersion\" does not filter by the tenant"
  const prompt = await prisma.prompt.findUnique({ where: { id: version.reviewedPrompt.id } });
  if (!prompt) throw new Error("x");
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return version;
}
