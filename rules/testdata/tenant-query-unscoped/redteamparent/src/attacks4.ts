import { prisma } from "./db";
import { isOrgMemberOrThrow, type RequestUser } from "./identity";

// The row proven is found by the key or by another field: the write by
// the key may hit another tenant's row.
export async function foundByKeyOrName(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findFirst({ where: { OR: [{ id }, { name: id }] } });
  if (!prompt) throw new Error("not found");
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return prisma.prompt.delete({ where: { id } }); // want "delete on tenant-scoped \"Prompt\" does not filter by the tenant"
}

export async function foundByName(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findFirst({ where: { name: id } });
  if (!prompt) throw new Error("not found");
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return prisma.prompt.delete({ where: { id } }); // want "delete on tenant-scoped \"Prompt\" does not filter by the tenant"
}

export async function foundByNotKey(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findFirst({ where: { id: { not: id } } });
  if (!prompt) throw new Error("not found");
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return prisma.prompt.delete({ where: { id } }); // want "delete on tenant-scoped \"Prompt\" does not filter by the tenant"
}

// The key possibly undefined: findFirst drops it and finds any row.
export async function keyMaybeMissing(user: RequestUser, id?: string) {
  const prompt = await prisma.prompt.findFirst({ where: { id } });
  if (!prompt) throw new Error("not found");
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return prisma.prompt.deleteMany({ where: { id } }); // want "deleteMany on tenant-scoped \"Prompt\" filters by a tenant value that may be undefined"
}

// A version proven, then its prompt written by the version's key.
export async function versionProvenPromptWritten(user: RequestUser, sha: string, promptId: string) {
  const version = await prisma.promptVersion.findUnique({ where: { sha } });
  if (!version) throw new Error("not found");
  const prompt = await prisma.prompt.findUnique({ where: { id: version.promptId } });
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  await prisma.prompt.update({ where: { id: promptId }, data: { name: "x" } }); // want "update on tenant-scoped \"Prompt\" does not filter by the tenant"
  return version;
}
