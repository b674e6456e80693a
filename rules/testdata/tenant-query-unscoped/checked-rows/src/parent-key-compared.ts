declare const prisma: any;
declare function log(s: string): void;

// A child row (a version has no teamId) found by id alone is the tenant's
// once its key to the parent is compared with a parent the function found
// with the tenant, and the function leaves when they differ.
export async function versionOfCheckedDocument(documentId: string, versionId: string, teamId: string) {
  const document = await prisma.document.findFirst({ where: { id: documentId, teamId } });
  if (!document) throw new Error("not found");
  const version = await prisma.documentVersion.findUnique({ where: { id: versionId } });
  if (!version || version.documentId !== documentId) throw new Error("not found");
  await prisma.documentVersion.delete({ where: { id: versionId } });
}

export async function versionOfFoundDocument(documentId: string, versionId: string, teamId: string) {
  const document = await prisma.document.findFirst({ where: { id: documentId, teamId } });
  if (!document) throw new Error("not found");
  const version = await prisma.documentVersion.findUnique({ where: { id: versionId } });
  if (version?.documentId !== document.id) return null;
  return version;
}

// The parent found by id alone proves nothing of the tenant.
export async function versionOfUncheckedDocument(documentId: string, versionId: string) {
  const document = await prisma.document.findUnique({ where: { id: documentId } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  if (!document) throw new Error("not found");
  const version = await prisma.documentVersion.findUnique({ where: { id: versionId } }); // want "findUnique on tenant-scoped \"DocumentVersion\" does not filter by the tenant"
  if (!version || version.documentId !== documentId) throw new Error("not found");
  await prisma.documentVersion.delete({ where: { id: versionId } }); // want "delete on tenant-scoped \"DocumentVersion\" does not filter by the tenant"
}

// A comparison that lets the function go on checks nothing.
export async function versionLogged(documentId: string, versionId: string, teamId: string) {
  const document = await prisma.document.findFirst({ where: { id: documentId, teamId } });
  if (!document) throw new Error("not found");
  const version = await prisma.documentVersion.findUnique({ where: { id: versionId } }); // want "findUnique on tenant-scoped \"DocumentVersion\" does not filter by the tenant"
  if (!version || version.documentId !== documentId) log("another document's version");
  return version;
}

// Compared with a key the function never checked.
export async function versionOfOtherDocument(documentId: string, otherId: string, versionId: string, teamId: string) {
  const document = await prisma.document.findFirst({ where: { id: documentId, teamId } });
  if (!document) throw new Error("not found");
  const version = await prisma.documentVersion.findUnique({ where: { id: versionId } }); // want "findUnique on tenant-scoped \"DocumentVersion\" does not filter by the tenant"
  if (!version || version.documentId !== otherId) throw new Error("not found");
  return version;
}

// The name holds another row when it is compared.
export async function versionReplaced(documentId: string, versionId: string, nextId: string, teamId: string) {
  const document = await prisma.document.findFirst({ where: { id: documentId, teamId } });
  if (!document) throw new Error("not found");
  let version = await prisma.documentVersion.findUnique({ where: { id: versionId } }); // want "findUnique on tenant-scoped \"DocumentVersion\" does not filter by the tenant"
  const first = version;
  version = await prisma.documentVersion.findUnique({ where: { id: nextId } });
  if (!version || version.documentId !== documentId) throw new Error("not found");
  return first;
}

// A row handed back before its comparison leaves unchecked on that path.
export async function versionReturnedFirst(documentId: string, versionId: string, teamId: string, raw: boolean) {
  const document = await prisma.document.findFirst({ where: { id: documentId, teamId } });
  if (!document) throw new Error("not found");
  const version = await prisma.documentVersion.findUnique({ where: { id: versionId } }); // want "findUnique on tenant-scoped \"DocumentVersion\" does not filter by the tenant"
  if (raw) return version;
  if (!version || version.documentId !== documentId) throw new Error("not found");
  return version;
}
