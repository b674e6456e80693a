import { prisma } from "./db";
import { isOrgMemberOrThrow, type RequestUser } from "./identity";

// The task's key holds a project's slug: a project whose id equals it
// is another project.
export async function taskParentById(user: RequestUser, id: string) {
  const task = await prisma.task.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Task\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id: task.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return task;
}

// Near miss, silent: the project found by the slug the key holds.
export async function taskParentBySlug(user: RequestUser, id: string) {
  const task = await prisma.task.findUnique({ where: { id } });
  const project = await prisma.project.findUnique({ where: { slug: task.projectId } });
  isOrgMemberOrThrow(user, project.organizationId);
  return task;
}
