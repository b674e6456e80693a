declare const prisma: any;

// The parent fetched by id and compared with the caller's tenant: its id,
// the value it was looked up by, is the tenant's as a foreign key later.
export async function dataroomDocuments(teamId: string, dataroomId: string) {
  const dataroom = await prisma.dataroom.findUnique({ where: { id: dataroomId } });
  if (!dataroom || dataroom.teamId !== teamId) return null;
  await prisma.dataroomDocument.findMany({ where: { dataroomId } });
  return prisma.dataroomDocument.deleteMany({ where: { dataroomId: dataroom.id } });
}

// Without the comparison the id is anyone's.
export async function dataroomDocumentsUnchecked(teamId: string, dataroomId: string) {
  const dataroom = await prisma.dataroom.findUnique({ where: { id: dataroomId } }); // want "findUnique on tenant-scoped \"Dataroom\" does not filter"
  if (!dataroom) return null;
  return prisma.dataroomDocument.findMany({ where: { dataroomId } }); // want "findMany on tenant-scoped \"DataroomDocument\" does not filter"
}

// Compared only after the use: the use happened unchecked.
export async function dataroomDocumentsLate(teamId: string, dataroomId: string) {
  const dataroom = await prisma.dataroom.findUnique({ where: { id: dataroomId } });
  const docs = await prisma.dataroomDocument.findMany({ where: { dataroomId } }); // want "findMany on tenant-scoped \"DataroomDocument\" does not filter"
  if (!dataroom || dataroom.teamId !== teamId) return null;
  return docs;
}

// Another id than the one the compared parent was found by.
export async function otherDataroom(teamId: string, dataroomId: string, otherId: string) {
  const dataroom = await prisma.dataroom.findUnique({ where: { id: dataroomId } });
  if (!dataroom || dataroom.teamId !== teamId) return null;
  return prisma.dataroomDocument.findMany({ where: { dataroomId: otherId } }); // want "findMany on tenant-scoped \"DataroomDocument\" does not filter"
}

// A comparison with a constant names no caller's tenant (dub's jobs on
// rows marked for deletion).
export async function markedDataroom(dataroomId: string) {
  const dataroom = await prisma.dataroom.findUnique({ where: { id: dataroomId } }); // want "findUnique on tenant-scoped \"Dataroom\" does not filter"
  if (!dataroom || dataroom.teamId !== "") return null;
  return prisma.dataroomDocument.findMany({ where: { dataroomId } }); // want "findMany on tenant-scoped \"DataroomDocument\" does not filter"
}
