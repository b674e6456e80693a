declare const prisma: any;
declare function buildWhere(): any;

// A where written as a choice between object literals is judged branch by
// branch: it scopes when both branches do (dub's commission lists, Shelf's
// bulk deletes of all or some rows), and the rows it returns are the
// tenant's. A branch without the tenant, an undefined branch (no filter at
// all) and a branch built elsewhere are reported as such.
export async function chosenWhere(organizationId: string, ids: string[], all: boolean) {
  const projects = await prisma.project.findMany({ where: all ? { organizationId } : { id: { in: ids }, organizationId } });
  await prisma.task.deleteMany({ where: { projectId: { in: projects.map((p) => p.id) } } });
  const where = all ? { organizationId } : { id: { in: ids }, organizationId };
  await prisma.project.deleteMany({ where });
  const some = await prisma.project.findMany({ where: all ? { organizationId } : { id: { in: ids } } }); // want "findMany on tenant-scoped \"Project\" filters by the tenant only when \"all\" holds"
  await prisma.task.deleteMany({ where: { projectId: { in: some.map((p) => p.id) } } }); // want "deleteMany on tenant-scoped \"Task\" does not filter"
  await prisma.project.findMany({ where: all ? { organizationId } : undefined }); // want "findMany on tenant-scoped \"Project\" filters by the tenant only when \"all\" holds"
  await prisma.project.findMany({ where: all ? { organizationId } : buildWhere() }); // want "cannot see the where of findMany on tenant-scoped \"Project\""
}
