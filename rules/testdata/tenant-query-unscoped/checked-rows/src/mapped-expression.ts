declare const prisma: any;

// Keys mapped from the tenant's rows by a callback that returns the
// element's field, `(l) => l.documentId` or `({ id }) => id`, are the keys
// of the tenant's rows, as the block form `(l) => { return l.documentId; }`.
export async function parents(teamId: string) {
  const links = await prisma.link.findMany({ where: { document: { teamId } } });
  await prisma.document.updateMany({ where: { id: { in: links.map((l: any) => l.documentId) } }, data: { sheet: true } });
  const docs = await prisma.document.findMany({ where: { teamId } });
  await prisma.document.deleteMany({ where: { id: { in: docs.map(({ id }: any) => id) } } });
}

// Rows read without the tenant give anyone's keys; another field is no
// key of the parent.
export async function parentsOfAny(teamId: string) {
  const links = await prisma.link.findMany({ where: { id: { not: "" } } }); // want "findMany on tenant-scoped \"Link\" does not filter"
  await prisma.document.updateMany({ where: { id: { in: links.map((l: any) => l.documentId) } }, data: { sheet: true } }); // want "updateMany on tenant-scoped \"Document\" does not filter"
  const mine = await prisma.link.findMany({ where: { document: { teamId } } });
  await prisma.document.updateMany({ where: { id: { in: mine.map((l: any) => l.id) } }, data: { sheet: true } }); // want "updateMany on tenant-scoped \"Document\" does not filter"
  const docs = await prisma.document.findMany({ where: { teamId } });
  await prisma.document.deleteMany({ where: { id: { in: docs.map(({ name }: any) => name) } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
  await prisma.document.deleteMany({ where: { id: { in: docs.map(({ id }: any) => id.trim()) } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}

// The rows grown under another name the function binds to them.
export async function grownAlias(teamId: string, other: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const copy = docs;
  copy[0] = other;
  await prisma.document.deleteMany({ where: { id: { in: docs.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
  const rows = await prisma.document.findMany({ where: { teamId } });
  let held: any[] = [];
  held = rows;
  held.push(other);
  for (const d of rows) {
    await prisma.document.delete({ where: { id: d.id } }); // want "delete on tenant-scoped \"Document\" does not filter"
  }
}
