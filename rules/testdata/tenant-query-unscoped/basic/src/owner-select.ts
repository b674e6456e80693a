declare const prisma: any;

// Selecting the tenant's row itself, or more of it than its key, returns
// another tenant's data, not only whose the row is.
export async function ownerRows(id: string, noteId: string) {
  await prisma.project.findUnique({ where: { id }, select: { id: true, organization: true } }); // want "findUnique on tenant-scoped \"Project\" does not filter"
  await prisma.project.findUnique({ where: { id }, select: { organization: { select: { id: true, slug: true } } } }); // want "findUnique on tenant-scoped \"Project\" does not filter"
  await prisma.project.findUnique({ where: { id }, select: { organization: { include: { apiKeys: true } } } }); // want "findUnique on tenant-scoped \"Project\" does not filter"
  await prisma.note.findUnique({ where: { id: noteId }, select: { task: { select: { project: { select: { organization: { select: { apiKeys: true } } } } } } } }); // want "findUnique on tenant-scoped \"Note\" does not filter"
}

// Its key alone is whose the row is.
export async function ownerKey(id: string, noteId: string) {
  await prisma.project.findUnique({ where: { id }, select: { organization: { select: { id: true } } } });
  await prisma.note.findUnique({ where: { id: noteId }, select: { task: { select: { project: { select: { organization: { select: { id: true } } } } } } } });
}
