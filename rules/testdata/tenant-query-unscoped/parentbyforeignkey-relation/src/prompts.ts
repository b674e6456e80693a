import { prisma } from "./db";
import { isOrgMemberLogged, isOrgMemberOrThrow, type RequestUser } from "./identity";

// The prompt's project, the tenant model its projectId points to, found
// by that key and checked against the user's organizations.
export async function prompt(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

export async function promptScopedParent(organizationId: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  const project = await prisma.project.findFirst({ where: { id: prompt.projectId, organizationId } });
  if (!project) throw new Error("forbidden");
  return prisma.prompt.delete({ where: { id } });
}

// Near misses: a check that only logs; the project the prompt was moved
// from.
export async function logged(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  isOrgMemberLogged(user, project.organizationId);
  return prompt;
}

export async function movedFrom(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.movedFromId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}

declare const bcrypt: { compare(key: string, hash: string): Promise<boolean> };
declare function send(row: unknown): void;

// The project's key verified against the one presented proves it, and so
// the prompt; a result held and tested later proves it only there, after
// the prompt was handed on.
export async function verified(key: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } });
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  if (!(await bcrypt.compare(key, project.apiKeyHash))) throw new Error("forbidden");
  return prompt;
}

export async function verifiedLater(key: string, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  const ok = await bcrypt.compare(key, project.apiKeyHash);
  send(prompt);
  if (!ok) throw new Error("forbidden");
  return prompt;
}
