declare const prisma: any;

// A query loaded only when asked: the other branch resolves to no row, so
// the list holds the team's documents or nothing.
export async function linksOfWantedDocuments(teamId: string, want: boolean) {
  const [documents, total] = await Promise.all([
    want ? prisma.document.findMany({ where: { teamId } }) : Promise.resolve([] as any[]),
    prisma.document.count({ where: { teamId } }),
  ]);
  return { total, links: await Promise.all(documents.map((doc: any) => prisma.link.findMany({ where: { documentId: doc.id } }))) };
}

export async function versionOfWantedDocument(id: string, teamId: string, want: boolean) {
  const document = await (want ? prisma.document.findFirst({ where: { id, teamId } }) : Promise.resolve(null));
  if (!document) return null;
  return prisma.documentVersion.findMany({ where: { documentId: document.id } });
}

// The other branch resolves to rows the caller handed in, or to a list
// that is not empty: those are nobody's to vouch for.
export async function linksOfGivenDocuments(teamId: string, want: boolean, given: any[]) {
  const [documents] = await Promise.all([
    want ? prisma.document.findMany({ where: { teamId } }) : Promise.resolve(given),
  ]);
  return Promise.all(documents.map((doc: any) => prisma.link.findMany({ where: { documentId: doc.id } }))); // want "findMany on tenant-scoped \"Link\" does not filter"
}

export async function versionOfGivenDocument(id: string, teamId: string, want: boolean, given: any) {
  const document = await (want ? prisma.document.findFirst({ where: { id, teamId } }) : Promise.resolve(given));
  if (!document) return null;
  return prisma.documentVersion.findMany({ where: { documentId: document.id } }); // want "findMany on tenant-scoped \"DocumentVersion\" does not filter"
}

export async function linksOfOneGivenDocument(teamId: string, want: boolean, given: any) {
  const [documents] = await Promise.all([
    want ? prisma.document.findMany({ where: { teamId } }) : Promise.resolve([given]),
  ]);
  return Promise.all(documents.map((doc: any) => prisma.link.findMany({ where: { documentId: doc.id } }))); // want "findMany on tenant-scoped \"Link\" does not filter"
}
