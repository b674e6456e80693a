declare const prisma: any;
declare function documentWhere(id: string, teamId: string): object;
declare function teamWhere(teamId: string): object;

// Keys taken from a row whose where is built elsewhere (documenso's
// getEnvelopeWhereInput) are as scoped as that where: a notice naming the
// row, for a human to judge, not an error of their own. The same shapes
// after a where the rule can read that leaves out the tenant stay errors.
export async function childrenOfUnseen(id: string, teamId: string, keep: string[]) {
  const doc = await prisma.document.findFirst({ where: documentWhere(id, teamId), include: { links: true } }); // want "cannot see the where of findFirst on tenant-scoped \"Document\""
  if (!doc) throw new Error("not found");
  const existing = doc.links;
  const removed = existing.filter((l: any) => !keep.includes(l.id));
  await prisma.link.deleteMany({ where: { id: { in: removed.map((l: any) => l.id) } } }); // want "cannot see whether \"doc\", whose ids deleteMany on tenant-scoped \"Link\" uses"
}

export async function childrenOfUnscoped(id: string, keep: string[]) {
  const doc = await prisma.document.findFirst({ where: { id }, include: { links: true } }); // want "findFirst on tenant-scoped \"Document\" does not filter"
  if (!doc) throw new Error("not found");
  const existing = doc.links;
  const removed = existing.filter((l: any) => !keep.includes(l.id));
  await prisma.link.deleteMany({ where: { id: { in: removed.map((l: any) => l.id) } } }); // want "deleteMany on tenant-scoped \"Link\" does not filter"
}

export async function parentOfUnseen(id: string, teamId: string) {
  const link = await prisma.link.findFirst({ where: { id, document: documentWhere(id, teamId) } }); // want "cannot see the where of findFirst on tenant-scoped \"Link\""
  if (!link) throw new Error("not found");
  await prisma.document.update({ where: { id: link.documentId }, data: { sheet: true } }); // want "cannot see whether \"link\", whose ids update on tenant-scoped \"Document\" uses"
  await prisma.link.update({ where: { id }, data: {} }); // want "cannot see whether \"link\", whose ids update on tenant-scoped \"Link\" uses"
}

export async function parentOfUnscoped(id: string) {
  const link = await prisma.link.findFirst({ where: { id, document: { sheet: true } } }); // want "findFirst on tenant-scoped \"Link\" does not filter"
  if (!link) throw new Error("not found");
  await prisma.document.update({ where: { id: link.documentId }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  await prisma.link.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Link\" does not filter"
}

// An unseen lookup that is never tested proves nothing either way.
export async function unseenUntested(id: string, teamId: string) {
  const link = await prisma.link.findFirst({ where: { id, document: documentWhere(id, teamId) } }); // want "cannot see the where of findFirst on tenant-scoped \"Link\""
  await prisma.link.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Link\" does not filter"
  return link;
}

// The tenant's own row looked up with a where built elsewhere.
export async function rootUnseen(teamId: string, docId: string) {
  const team = await prisma.team.findFirst({ where: { ...teamWhere(teamId), documents: { some: { id: docId } } } });
  if (!team) throw new Error("not found");
  await prisma.link.deleteMany({ where: { documentId: docId } }); // want "cannot see whether \"team\", whose ids deleteMany on tenant-scoped \"Link\" uses"
}
