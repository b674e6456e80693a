declare const prisma: any;

// The versions of a document checked with the team are the team's; so are
// the ids of the rows that query returned, and each row's own id.
export async function counts(teamId: string, documentId: string) {
  const doc = await prisma.document.findUnique({ where: { id: documentId, teamId } });
  if (!doc) return null;
  const versions = await prisma.documentVersion.findMany({ where: { documentId } });
  const versionIds = versions.map((v: any) => v.id);
  const first = await prisma.documentVersion.findFirst({ where: { documentId } });
  return Promise.all([
    prisma.documentPage.groupBy({ by: ["versionId"], where: { versionId: { in: versionIds } } }),
    prisma.documentVersion.update({ where: { id: first.id }, data: {} }),
  ]);
}

// Rows of a document never checked with the team are anyone's.
export async function countsUnchecked(teamId: string, documentId: string) {
  const team = await prisma.team.findUnique({ where: { id: teamId } });
  if (!team) return null;
  const versions = await prisma.documentVersion.findMany({ where: { documentId } }); // want "findMany on tenant-scoped \"DocumentVersion\" does not filter"
  const versionIds = versions.map((v: any) => v.id);
  const first = await prisma.documentVersion.findFirst({ where: { documentId } }); // want "findFirst on tenant-scoped \"DocumentVersion\" does not filter"
  return Promise.all([
    prisma.documentPage.groupBy({ by: ["versionId"], where: { versionId: { in: versionIds } } }), // want "groupBy on tenant-scoped \"DocumentPage\" does not filter"
    prisma.documentVersion.update({ where: { id: first.id }, data: {} }), // want "update on tenant-scoped \"DocumentVersion\" does not filter"
  ]);
}
