declare const prisma: any;

// A row carried by another name (a copy, an object holding it, a field
// taken from it) and returned through that name before the comparison
// leaves unchecked on that path, as the row itself returned there does.
export async function returnedCopy(id: string, teamId: string, raw: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  const copy = doc;
  if (raw) return copy;
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

export async function returnedHolder(id: string, teamId: string, raw: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  const result = { found: true, doc };
  if (raw) return result;
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

export async function returnedField(id: string, teamId: string, raw: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  const { sheet, ...rest } = doc;
  if (raw) return rest;
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return sheet;
}

export async function returnedAssigned(id: string, teamId: string, raw: boolean) {
  const out: { doc?: unknown } = {};
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  out.doc = doc;
  if (raw) return out;
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

// Names that hold no part of the row, returned first, let nothing out; so
// does a copy returned after the comparison.
export async function returnedUnrelated(id: string, teamId: string, raw: boolean, cached: { sheet: boolean }) {
  const doc = await prisma.document.findUnique({ where: { id } });
  const copy = { ...cached };
  if (raw) return copy;
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  const held = { doc };
  return held;
}
