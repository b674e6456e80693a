declare const prisma: any;

// A list the row is put into before its comparison, thrown or returned on
// a path that leaves first: the caller receives the row.
export async function thrownList(id: string, teamId: string, raw: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  const errors: unknown[] = [];
  errors.push(doc);
  if (raw) throw new AggregateError(errors);
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

export async function returnedSet(id: string, teamId: string, raw: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  const seen = new Set<unknown>();
  seen.add(doc);
  if (raw) return seen;
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

// The twins: the list gets another value, or the row once compared.
export async function thrownOtherList(id: string, teamId: string, raw: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } });
  const errors: unknown[] = [];
  errors.push(id);
  if (raw) throw new AggregateError(errors);
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  errors.push(doc);
  return errors;
}
