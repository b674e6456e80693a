declare const prisma: any;

// Ids pushed by a forEach over the tenant's rows (core's stale ingestion
// queue), as by a for…of loop over them.
export async function failStale(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const stale: string[] = [];
  docs.forEach((doc: any) => {
    if (doc.sheet) stale.push(doc.id);
  });
  await prisma.document.updateMany({ where: { id: { in: stale } }, data: { sheet: false } });
  const all: string[] = [];
  docs.forEach(function (doc: any) {
    all.push(doc.id);
  });
  await prisma.document.deleteMany({ where: { id: { in: all } } });
}

// Near misses: the callback's element replaced, rows found without the
// tenant, a value pushed from elsewhere, a forEach over the caller's list.
export async function failStaleOtherwise(teamId: string, other: { id: string }) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const replaced: string[] = [];
  docs.forEach((doc: any) => {
    doc = other;
    replaced.push(doc.id);
  });
  await prisma.document.updateMany({ where: { id: { in: replaced } }, data: { sheet: false } }); // want "updateMany on tenant-scoped \"Document\" does not filter"
  const anyone = await prisma.document.findMany({ where: { sheet: true } }); // want "findMany on tenant-scoped \"Document\" does not filter"
  const theirs: string[] = [];
  anyone.forEach((doc: any) => theirs.push(doc.id));
  await prisma.document.deleteMany({ where: { id: { in: theirs } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
  const given: string[] = [];
  docs.forEach((doc: any) => given.push(doc.id));
  given.push(other.id);
  await prisma.document.deleteMany({ where: { id: { in: given } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
  const sorted: string[] = [];
  [other].forEach((doc: any) => sorted.push(doc.id));
  await prisma.document.deleteMany({ where: { id: { in: sorted } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}
