declare const prisma: any;
declare function lookUp(): Promise<any>;

// The row a delete filtered by the tenant returned is the tenant's, and so
// is the parent it names (dub's dashboard route: the deleted dashboard's
// linkId). A delete by id alone returns anyone's row, and deleteMany
// returns a count, not a row.
export async function deletedRowParent(id: string, otherId: string, organizationId: string) {
  const task = await prisma.task.delete({ where: { id, project: { organizationId } } });
  await prisma.project.update({ where: { id: task.projectId }, data: {} });
  const other = await prisma.task.delete({ where: { id: otherId } }); // want "delete on tenant-scoped \"Task\" does not filter"
  await prisma.project.update({ where: { id: other.projectId }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
  const many = await prisma.task.deleteMany({ where: { project: { organizationId } } });
  await prisma.project.update({ where: { id: many.projectId }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
}
