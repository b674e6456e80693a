declare const prisma: any;

// A const pattern taking a part of a checked row (`const { envelope } =
// field`, `const [next] = pending`) names that part, as a const holding it
// does.
export async function objectPattern(id: string, teamId: string) {
  const link = await prisma.link.findFirst({ where: { id, document: { teamId } }, include: { document: true } });
  if (!link) return;
  const { document } = link;
  await prisma.document.update({ where: { id: document.id }, data: {} });
  const { document: parent } = link;
  await prisma.documentVersion.findMany({ where: { documentId: parent.id } });
}

export async function arrayPattern(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const [first] = docs;
  await prisma.document.update({ where: { id: first.id }, data: {} });
  const doc = await prisma.document.findFirst({ where: { teamId }, include: { versions: true } });
  if (!doc) return;
  const [latest] = doc.versions;
  await prisma.documentPage.deleteMany({ where: { versionId: latest.id } });
}

// The same patterns over rows nothing checked, or a let given another row.
export async function patternsOfUnchecked(id: string) {
  const link = await prisma.link.findFirst({ where: { id }, include: { document: true } }); // want "findFirst on tenant-scoped \"Link\" does not filter"
  if (!link) return;
  const { document } = link;
  await prisma.document.update({ where: { id: document.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
  const docs = await prisma.document.findMany({ where: { sheet: true } }); // want "findMany on tenant-scoped \"Document\" does not filter"
  const [first] = docs;
  await prisma.document.update({ where: { id: first.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

export async function letPattern(id: string, teamId: string, other: { id: string }) {
  const link = await prisma.link.findFirst({ where: { id, document: { teamId } }, include: { document: true } });
  if (!link) return;
  let { document } = link;
  document = other;
  await prisma.document.update({ where: { id: document.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}
