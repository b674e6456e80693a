declare const prisma: any;

// The tenant's rows worked through in batches: a slice of them is some of
// those rows, and so is each element of the slice.
export async function enrichDocuments(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  for (let i = 0; i < docs.length; i += 10) {
    const batch = docs.slice(i, i + 10);
    for (const doc of batch) {
      await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } });
    }
  }
}

// Twin: a slice of rows the lookup did not filter by the tenant.
export async function enrichAllDocuments() {
  const docs = await prisma.document.findMany({ where: { sheet: false } }); // want "findMany on tenant-scoped \"Document\" does not filter"
  for (let i = 0; i < docs.length; i += 10) {
    const batch = docs.slice(i, i + 10);
    for (const doc of batch) {
      await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
    }
  }
}

// Twin: the slice joined with other rows is not only the tenant's.
export async function enrichWithOthers(teamId: string, others: any[]) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const batch = docs.slice(0, 10).concat(others);
  for (const doc of batch) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
}

// A slice with one bound is some of the rows too: its argument is a bound,
// not a callback that could change them.
export async function enrichAfterFirst(teamId: string, from: number) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const rest = docs.slice(from);
  for (const doc of rest) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } });
  }
}
