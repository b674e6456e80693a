declare const prisma: any;

// The children included with a row of the tenant are the tenant's.
export async function pages(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id, teamId }, include: { versions: true, links: true } });
  if (!doc) return null;
  await prisma.documentPage.findMany({ where: { versionId: doc.versions[0].id } });
  const v = doc.versions[0];
  await prisma.documentPage.count({ where: { versionId: v.id } });
  await prisma.tag.findMany({ where: { linkId: { in: doc.links.map((l: any) => l.id) } } });
  const links = doc!.links;
  const linkIds = links.map((l: any) => l.id);
  return prisma.tag.findMany({ where: { linkId: { in: linkIds } } });
}

// The children of a row read by id alone are anyone's.
export async function pagesUnchecked(id: string) {
  const doc = await prisma.document.findUnique({ where: { id }, include: { versions: true, links: true } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  const v = doc.versions[0];
  await prisma.documentPage.count({ where: { versionId: v.id } }); // want "count on tenant-scoped \"DocumentPage\" does not filter"
  return prisma.tag.findMany({ where: { linkId: { in: doc.links.map((l: any) => l.id) } } }); // want "findMany on tenant-scoped \"Tag\" does not filter"
}

// An id from the request is not the included child's.
export async function pagesGiven(id: string, teamId: string, versionId: string) {
  const doc = await prisma.document.findUnique({ where: { id, teamId }, include: { versions: true } });
  const v = { id: versionId };
  return prisma.documentPage.count({ where: { versionId: v.id } }); // want "count on tenant-scoped \"DocumentPage\" does not filter"
}
