declare const prisma: any;

// The links of the team's document, narrowed and picked: still the team's.
export async function tagLinks(teamId: string, documentId: string) {
  const doc = await prisma.document.findFirst({ where: { id: documentId, teamId }, include: { links: true } });
  const live = doc.links.filter((l: any) => l.id);
  for (const link of live) {
    await prisma.tag.findMany({ where: { linkId: link.id } });
  }
  const first = doc.links.find((l: any) => l.id);
  return prisma.tag.findMany({ where: { linkId: first.id } });
}

// Narrowed, then mapped to other objects: their ids are not the links'.
export async function tagMapped(teamId: string, documentId: string, ids: string[]) {
  const doc = await prisma.document.findFirst({ where: { id: documentId, teamId }, include: { links: true } });
  const live = doc.links.filter((l: any) => l.id).map((l: any, i: number) => ({ id: ids[i] }));
  for (const link of live) {
    await prisma.tag.findMany({ where: { linkId: link.id } }); // want "findMany on tenant-scoped \"Tag\" does not filter"
  }
  const docs = await prisma.document.findMany({ where: { teamId } });
  const picked = docs.filter((d: any) => d.sheet).map((d: any) => ({ id: d.id + "x" }));
  for (const d of picked) {
    await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
  }
}

// A pick marked non-null or cast is still the link.
export async function tagPickedCast(teamId: string, documentId: string) {
  const doc = await prisma.document.findFirst({ where: { id: documentId, teamId }, include: { links: true } });
  const first = doc.links.find((l: any) => l.id)!;
  const second = doc.links.find((l: any) => l.id) as { id: string };
  return [await prisma.tag.findMany({ where: { linkId: first.id } }), await prisma.tag.findMany({ where: { linkId: second.id } })];
}
