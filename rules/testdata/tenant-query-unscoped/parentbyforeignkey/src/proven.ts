import { prisma } from "./db";
import { isOrgMemberOrThrow, type RequestUser } from "./identity";

// pezzo's prompts resolver: the prompt found by id, its project looked up
// by the prompt's projectId and checked against the user's memberships
// before the prompt is returned.
export async function prompt(user: RequestUser, promptId: string) {
  let prompt;
  try {
    prompt = await prisma.prompt.findUnique({ where: { id: promptId } });
  } catch (error) {
    throw new Error("failed");
  }
  if (!prompt) throw new Error("not found");
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

// The project compared inline, or looked up with the organization and
// the function leaving when none is found.
export async function promptCompared(organizationId: string, promptId: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id: promptId } });
  if (!prompt) throw new Error("not found");
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  if (!project || project.organizationId !== organizationId) throw new Error("forbidden");
  return prompt;
}

export async function promptScopedParent(organizationId: string, promptId: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id: promptId } });
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organizationId } });
  if (!project) throw new Error("forbidden");
  return prompt;
}

// A version's prompt, looked up by the version's promptId, checked.
export async function version(projectId: string, sha: string) {
  const version = await prisma.promptVersion.findUnique({ where: { sha } });
  if (!version) throw new Error("not found");
  const prompt = await prisma.prompt.findUnique({ where: { id: version.promptId } });
  if (!prompt || prompt.projectId !== projectId) throw new Error("forbidden");
  return version;
}

export async function versionScopedParent(projectId: string, sha: string) {
  const version = await prisma.promptVersion.findUnique({ where: { sha } });
  const prompt = await prisma.prompt.findFirst({ where: { id: version.promptId, projectId } });
  if (!prompt) throw new Error("forbidden");
  return version;
}

// pezzo's prompt versions resolver: two levels, the version's prompt and
// the prompt's project.
export async function versionTwoLevels(user: RequestUser, sha: string) {
  const version = await prisma.promptVersion.findUnique({ where: { sha } });
  if (!version) throw new Error("not found");
  const prompt = await prisma.prompt.findUnique({ where: { id: version.promptId } });
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return version;
}

// Written by the same id once the parent is checked.
export async function deletePrompt(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  if (!prompt) throw new Error("not found");
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return prisma.prompt.delete({ where: { id } });
}

// The parent tested for being found first, then checked; or found with
// the tenant by a lookup that throws.
export async function promptFoundThenChecked(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  if (!project) throw new Error("not found");
  isOrgMemberOrThrow(user, project?.organizationId);
  return prompt;
}

export async function promptParentOrThrow(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  await prisma.project.findFirstOrThrow({ where: { id: prompt.projectId, organizationId } });
  return prompt;
}

export async function promptParentOrThrowBound(organizationId: string, id: string, name: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  const project = await prisma.project.findFirstOrThrow({ where: { id: prompt.projectId, organizationId } });
  await prisma.prompt.update({ where: { id }, data: { name: `${project.id}-${name}` } });
  return prompt;
}

// Selected with its key, the row reads it as stored.
export async function keySelected(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id }, select: { id: true, name: true, projectId: true } });
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organizationId } });
  if (!project) throw new Error("forbidden");
  return prompt;
}
