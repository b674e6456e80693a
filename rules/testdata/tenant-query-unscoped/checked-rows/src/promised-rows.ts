declare const prisma: any;

// A const holds each query's promise; Promise.all awaits them and a const
// pattern names the results. The documents are the team's, so are their ids.
export async function linksOfTeamDocuments(teamId: string) {
  const countPromise = prisma.document.count({ where: { teamId } });
  const documentsPromise = prisma.document.findMany({ where: { teamId } });
  const [total, documents] = await Promise.all([countPromise, documentsPromise]);
  return {
    total,
    links: await Promise.all(documents.map(async (doc: any) => prisma.link.findMany({ where: { documentId: doc.id } }))),
  };
}

// The pattern's other element holds the other query's rows: those were
// looked up by id alone.
export async function linksOfTheOtherElement(teamId: string, documentId: string) {
  const documentsPromise = prisma.document.findMany({ where: { teamId } });
  const othersPromise = prisma.document.findMany({ where: { id: documentId } }); // want "findMany on tenant-scoped \"Document\" does not filter"
  const [documents, others] = await Promise.all([documentsPromise, othersPromise]);
  return [
    documents,
    await Promise.all(others.map(async (doc: any) => prisma.link.findMany({ where: { documentId: doc.id } }))), // want "findMany on tenant-scoped \"Link\" does not filter"
  ];
}

// A let pattern may be given other rows before they are read.
export async function linksOfALetPattern(teamId: string, body: any) {
  const documentsPromise = prisma.document.findMany({ where: { teamId } });
  let [documents] = await Promise.all([documentsPromise]);
  documents = body.documents;
  return Promise.all(documents.map(async (doc: any) => prisma.link.findMany({ where: { documentId: doc.id } }))); // want "findMany on tenant-scoped \"Link\" does not filter"
}

// An awaited call binds the rows themselves, not a promise of them; a
// Promise.all of that name proves nothing more.
export async function linksOfAnAwaitedConst(teamId: string, documentId: string) {
  const documents = await prisma.document.findMany({ where: { id: documentId } }); // want "findMany on tenant-scoped \"Document\" does not filter"
  const [again] = await Promise.all([documents]);
  return Promise.all(again.map(async (doc: any) => prisma.link.findMany({ where: { documentId: doc.id } }))); // want "findMany on tenant-scoped \"Link\" does not filter"
}
