import { prisma } from "./lib/db";

class NotFound extends Error {}

// A row fetched by id and compared with the caller's tenant before it is
// used is checked.
export async function getProject(id: string, organizationId: string) {
  const project = await prisma.project.findUnique({ where: { id } });
  if (!project || project.organizationId !== organizationId) throw new NotFound();
  return project;
}

export async function getNote(id: string, organizationId: string) {
  const note = await prisma.note.findUniqueOrThrow({ where: { id }, include: { task: { include: { project: true } } } });
  if (note?.task.project.organizationId != organizationId) return null;
  return note;
}

// A comparison of something else does not check the tenant.
export async function getProjectUnchecked(id: string, userId: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter"
  if (!project || project.id !== userId) throw new NotFound();
  return project;
}

// Only reads are checked this way: a write has happened already.
export async function remove(id: string, organizationId: string) {
  const project = await prisma.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\" does not filter"
  if (project.organizationId !== organizationId) throw new NotFound();
}
