declare const prisma: any;
declare function mutate(d: any): boolean;
declare function valid(sheet: boolean): boolean;

// A filter whose callback only reads its element's fields keeps rows of
// the tenant as they are.
export async function keep(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const ok = docs.filter((d: any) => valid(d.sheet));
  for (const d of ok) await prisma.document.update({ where: { id: d.id }, data: {} });
  await prisma.document.deleteMany({ where: { id: { in: ok.map((d: any) => d.id) } } });
  await prisma.document.deleteMany({ where: { id: { in: docs.filter(({ sheet }: any) => sheet).map((d: any) => d.id) } } });
}

// A callback that hands its element to a function may change the row,
// id included, so the rows it keeps prove nothing.
export async function handed(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const ok = docs.filter((d: any) => mutate(d));
  for (const d of ok) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
  await prisma.document.deleteMany({ where: { id: { in: ok.map((d: any) => d.id) } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
  await prisma.document.deleteMany({ where: { id: { in: docs.filter((d: any) => d.reset()).map((d: any) => d.id) } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}

// An id given another value before it is pushed is no row's id.
export async function pushedOverwritten(teamId: string, other: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const ids: string[] = [];
  for (const doc of docs) {
    doc.id = other;
    ids.push(doc.id);
  }
  await prisma.document.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}
