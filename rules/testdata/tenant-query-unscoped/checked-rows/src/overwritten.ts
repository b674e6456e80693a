declare const prisma: any;
declare function loadElsewhere(id: string): Promise<any>;

// A row checked with the tenant keeps proving its key while nothing
// replaces it: an assignment after the call, outside any loop, comes too
// late to matter, and a let given another query's result is judged by
// that query.
export async function kept(teamId: string, id: string) {
  let doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) doc = await prisma.document.findFirst({ where: { teamId } });
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } });
  doc = null;
  const docs = await prisma.document.findMany({ where: { teamId } });
  for (const d of docs) {
    await prisma.document.update({ where: { id: d.id }, data: { sheet: false } });
  }
}

// Replaced before the call, the name no longer holds the checked row.
export async function replaced(teamId: string, id: string, other: any) {
  let doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc.sheet) doc = await loadElsewhere(id);
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  const docs = await prisma.document.findMany({ where: { teamId } });
  let picked = docs.find((d: any) => d.sheet);
  picked = other;
  await prisma.document.update({ where: { id: picked.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  const first = await prisma.document.findFirst({ where: { id, teamId } });
  first.id = other.id;
  await prisma.document.delete({ where: { id: first.id } }); // want "delete on tenant-scoped \"Document\" does not filter"
  for (let d of docs) {
    d = other;
    await prisma.document.update({ where: { id: d.id }, data: { sheet: false } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
  docs.forEach((d: any) => {
    d = other;
    prisma.document.update({ where: { id: d.id }, data: { sheet: false } }); // want "update on tenant-scoped \"Document\" does not filter"
  });
}

// In a loop, an assignment after the call runs before its next turn.
export async function replacedInLoop(teamId: string, id: string, others: any[]) {
  let doc = await prisma.document.findFirst({ where: { id, teamId } });
  for (const other of others) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
    doc = other;
  }
}
