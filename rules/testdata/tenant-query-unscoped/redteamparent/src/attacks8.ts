import { prisma } from "./db";
import { isOrgMemberOrThrow, type RequestUser } from "./identity";

// Written by the key before the parent is proven.
export async function writeBeforeProof(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  if (!prompt) throw new Error("not found");
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  await prisma.prompt.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Prompt\" does not filter by the tenant"
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

// Written by a shadowing key after the proof.
export async function writeShadowedKey(user: RequestUser, id: string, otherId: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  if (!prompt) throw new Error("not found");
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  {
    const id = otherId;
    await prisma.prompt.delete({ where: { id } }); // want "delete on tenant-scoped \"Prompt\" does not filter by the tenant"
  }
  return prompt;
}

// Written by the key in a callback defined before the proof.
export async function writeInEarlyCallback(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  if (!prompt) throw new Error("not found");
  const remove = () => prisma.prompt.delete({ where: { id } }); // want "delete on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  remove();
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

// A version proven by its prompt's project, the prompt's delete by the
// version's promptId, and a delete of versions by the prompt id.
export async function versionWrites(user: RequestUser, sha: string) {
  const version = await prisma.promptVersion.findUnique({ where: { sha } });
  if (!version) throw new Error("not found");
  const prompt = await prisma.prompt.findUnique({ where: { id: version.promptId } });
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  await prisma.promptVersion.delete({ where: { sha } });
  return prisma.prompt.update({ where: { id: version.promptId }, data: { name: "x" } });
}
