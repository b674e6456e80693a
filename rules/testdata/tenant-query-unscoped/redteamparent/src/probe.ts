import { prisma } from "./db";
import { isOrgMemberOrThrow, type RequestUser } from "./identity";

export async function comparedWithFound(id: string, envId: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const env = await prisma.environment.findUnique({ where: { id: envId } }); // want "findUnique on tenant-scoped \"Environment\" does not filter by the tenant"
  if (!env || env.projectId !== prompt.projectId) throw new Error("forbidden");
  return prompt;
}

export async function comparedWithProjectId(id: string, projectId: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project || project.id !== prompt.projectId) throw new Error("forbidden");
  return prompt;
}

// Near misses that stay silent: each turn's row proven within its turn.
export async function rowInLoopProvenEachTurn(user: RequestUser, ids: string[]) {
  const out = [];
  for (const id of ids) {
    const prompt = await prisma.prompt.findUnique({ where: { id } });
    if (!prompt) throw new Error("not found");
    const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
    isOrgMemberOrThrow(user, project.organizationId);
    out.push(prompt);
  }
  return out;
}
