declare const prisma: any;

// Rows of the tenant narrowed with filter are still the tenant's.
export async function enable(teamId: string) {
  return prisma.$transaction(async (tx: any) => {
    const docs = await tx.document.findMany({ where: { teamId }, include: { versions: true } });
    const ok = docs.filter((d: any) => d.sheet);
    await Promise.all(ok.map((d: any) => tx.document.update({ where: { id: d.id }, data: { sheet: false } })));
    for (const d of ok) {
      await tx.document.update({ where: { id: d.id }, data: { sheet: true } });
    }
    const again = ok.filter((d: any) => d.versions.length > 0);
    await tx.document.deleteMany({ where: { id: { in: again.map((d: any) => d.id) } } });
  });
}

// A list narrowed from rows read without the tenant is not.
export async function enableAll() {
  const docs = await prisma.document.findMany({ where: { sheet: true } }); // want "findMany on tenant-scoped \"Document\" does not filter"
  const ok = docs.filter((d: any) => d.sheet);
  await Promise.all(ok.map((d: any) => prisma.document.update({ where: { id: d.id }, data: { sheet: false } }))); // want "update on tenant-scoped \"Document\" does not filter"
}

// Nor is a list narrowed from the request.
export async function enableGiven(ids: { id: string }[]) {
  const ok = ids.filter((d) => d.id);
  for (const d of ok) {
    await prisma.document.update({ where: { id: d.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
}

// Rows found by the id of a parent checked with the tenant, narrowed: the
// tenant's as well.
export async function prune(teamId: string, documentId: string, keep: string[]) {
  const doc = await prisma.document.findFirst({ where: { id: documentId, teamId } });
  if (!doc) return;
  const versions = await prisma.documentVersion.findMany({ where: { documentId } });
  const stale = versions.filter((v: any) => !keep.includes(v.id));
  await prisma.documentVersion.deleteMany({ where: { id: { in: stale.map((v: any) => v.id) } } });
}

// Without the parent's check, the rows and so their ids are anyone's.
export async function pruneUnchecked(documentId: string, keep: string[]) {
  const versions = await prisma.documentVersion.findMany({ where: { documentId } }); // want "findMany on tenant-scoped \"DocumentVersion\" does not filter"
  const stale = versions.filter((v: any) => !keep.includes(v.id));
  await prisma.documentVersion.deleteMany({ where: { id: { in: stale.map((v: any) => v.id) } } }); // want "deleteMany on tenant-scoped \"DocumentVersion\" does not filter"
}
