declare const prisma: any;

// A row returned before its comparison with the tenant leaves unchecked on
// that path: the fetch is reported. A return after the comparison, or one
// that does not read the row, lets nothing out.
export async function returnedFirst(id: string, teamId: string, raw: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  if (raw) return doc;
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

export async function returnedInObject(id: string, teamId: string, raw: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  if (raw) {
    return { doc };
  }
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

export async function returnedInLoop(ids: string[], teamId: string) {
  for (const id of ids) {
    const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
    if (ids.length === 1) return doc.sheet;
    if (!doc || doc.teamId !== teamId) throw new Error("not found");
  }
}

export async function returnedAfter(id: string, teamId: string, raw: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  if (raw) return doc;
  return doc.sheet;
}

export async function returnedOther(id: string, teamId: string, cached: { sheet: boolean } | null) {
  const doc = await prisma.document.findUnique({ where: { id } });
  if (cached) return cached;
  if (!doc) return null;
  if (doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

// The same for rows compared together.
export async function listReturnedFirst(ids: string[], teamId: string, raw: boolean) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Document\" does not filter by the tenant"
  if (raw) return docs;
  if (docs.some((d: any) => d.teamId !== teamId)) throw new Error("not found");
  return docs;
}

export async function listReturnedAfter(ids: string[], teamId: string, raw: boolean) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids } } });
  if (docs.some((d: any) => d.teamId !== teamId)) throw new Error("not found");
  if (raw) return docs;
  return docs.length;
}
