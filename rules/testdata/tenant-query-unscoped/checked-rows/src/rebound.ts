declare const prisma: any;

// A lookup checked the id by its name; the name is then given another
// value before the call, which no longer touches the checked row.
export async function reassignedId(teamId: string, id: string, other: string) {
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  id = other;
  await prisma.document.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
}

export async function destructuredId(teamId: string, id: string, body: { id: string }) {
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  ({ id } = body);
  await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter by the tenant"
}

export async function reassignedParentId(teamId: string, documentId: string, other: string) {
  const doc = await prisma.document.findUnique({ where: { id: documentId } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  documentId = other;
  await prisma.link.deleteMany({ where: { documentId } }); // want "deleteMany on tenant-scoped \"Link\" does not filter by the tenant"
}

// Twins: the same checks stand when the name keeps its value after the
// lookup: it is set before it (a trimmed id), or the assignment binds
// another name (`{ id: other }`).
export async function normalizedBefore(teamId: string, raw: string) {
  let id = raw;
  id = id.trim();
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  await prisma.document.update({ where: { id }, data: {} });
}

export async function otherNameBound(teamId: string, id: string, body: { id: string }) {
  let other = "";
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  ({ id: other } = body);
  await prisma.document.delete({ where: { id } });
  return other;
}

export async function parentKeptId(teamId: string, documentId: string) {
  const doc = await prisma.document.findUnique({ where: { id: documentId } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  await prisma.link.deleteMany({ where: { documentId } });
}

// A default value in a pattern reads the name; it does not bind it.
export async function defaultReadsId(teamId: string, id: string, body: { other?: string }) {
  let other = "";
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  ({ other = id } = body);
  await prisma.document.update({ where: { id }, data: { name: other } });
}
