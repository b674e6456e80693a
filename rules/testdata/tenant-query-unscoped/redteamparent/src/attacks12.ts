import { prisma } from "./db";
import { isOrgMemberOrThrow, type RequestUser } from "./identity";

// The row yielded before its parent is proven.
export async function* yieldedBefore(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  yield prompt;
  isOrgMemberOrThrow(user, project.organizationId);
}

// The row stored on the instance before its parent is proven.
export class Prompts {
  last: unknown;
  async get(user: RequestUser, id: string) {
    const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
    this.last = prompt;
    const project = await prisma.project.findUnique({ where: { id: prompt.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
    isOrgMemberOrThrow(user, project.organizationId);
    return prompt;
  }
}

// The row thrown in an error the caller prints, before the proof.
export async function thrownBefore(user: RequestUser, id: string) {
  const prompt = await prisma.prompt.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Prompt\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: prompt.projectId } });
  if (!project) throw new Error(`orphan ${JSON.stringify(prompt)}`);
  isOrgMemberOrThrow(user, project.organizationId);
  return prompt;
}
