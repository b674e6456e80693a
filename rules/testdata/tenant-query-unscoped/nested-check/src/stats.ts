declare const prisma: any;

// The document id checked with the team inside the dataroom document's
// lookup, the function leaving when there is none: the views are the
// team's.
export async function stats(teamId: string, dataroomId: string, documentId: string) {
  const dataroomDocument = await prisma.dataroomDocument.findFirst({
    where: { dataroomId, document: { id: documentId, teamId } },
  });
  if (!dataroomDocument) {
    return null;
  }
  return prisma.view.findMany({ where: { documentId } });
}

// The same through is:, through a to-many some:, and with OrThrow.
export async function statsWrapped(teamId: string, dataroomId: string, documentId: string) {
  const a = await prisma.dataroomDocument.findFirst({ where: { document: { is: { id: documentId, teamId } } } });
  if (!a) throw new Error("not found");
  await prisma.view.findMany({ where: { documentId } });
  const b = await prisma.dataroom.findFirst({ where: { id: dataroomId, documents: { some: { document: { id: documentId, teamId } } } } });
  if (!b) throw new Error("not found");
  await prisma.view.deleteMany({ where: { documentId } });
  await prisma.dataroomDocument.findFirstOrThrow({ where: { document: { id: documentId, teamId } } });
  return prisma.view.count({ where: { documentId } });
}

// Without the team beside the id, without leaving when nothing is found,
// with every: instead of some:, or for another id: nothing is proven.
export async function statsUnchecked(teamId: string, dataroomId: string, documentId: string, otherId: string) {
  const a = await prisma.dataroomDocument.findFirst({ where: { dataroomId, document: { id: documentId } } }); // want "findFirst on tenant-scoped \"DataroomDocument\" does not filter"
  if (!a) return null;
  await prisma.view.findMany({ where: { documentId } }); // want "findMany on tenant-scoped \"View\" does not filter"
  const b = await prisma.dataroomDocument.findFirst({ where: { document: { id: documentId, teamId } } });
  console.log(b);
  await prisma.view.findMany({ where: { documentId } }); // want "findMany on tenant-scoped \"View\" does not filter"
  const c = await prisma.dataroom.findFirst({ where: { id: dataroomId, documents: { every: { document: { id: documentId, teamId } } } } }); // want "findFirst on tenant-scoped \"Dataroom\" does not filter"
  if (!c) return null;
  await prisma.view.findMany({ where: { documentId } }); // want "findMany on tenant-scoped \"View\" does not filter"
  const d = await prisma.dataroomDocument.findFirst({ where: { document: { id: documentId, teamId } } });
  if (!d) return null;
  return prisma.view.findMany({ where: { documentId: otherId } }); // want "findMany on tenant-scoped \"View\" does not filter"
}
