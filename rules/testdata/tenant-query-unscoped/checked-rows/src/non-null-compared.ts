declare const prisma: any;

// The caller's tenant read through a non-null assertion. The grammar nests
// `a !== b!.teamId` as `(a !== b)!.teamId`; it is still the comparison of
// the row's tenant with the caller's, and the row leaves when they differ.
export async function versionOfClient(req: any, id: string) {
  const version = await prisma.documentVersion.findUnique({ where: { id }, include: { document: true } });
  if (!version) {
    throw new Error("not found");
  }
  if (version.document.teamId !== req.client!.teamId) {
    throw new Error("not found");
  }
  await prisma.documentVersion.update({ where: { id }, data: { number: 2 } });
  return version;
}

// The row on the right-hand side of the same nesting.
export async function documentOfClient(req: any, id: string) {
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc) {
    throw new Error("not found");
  }
  if (req.client.teamId !== doc!.teamId) {
    throw new Error("not found");
  }
  return doc;
}

// Twin: the mismatch only logs, and the row is used.
export async function versionLogged(req: any, id: string) {
  const version = await prisma.documentVersion.findUnique({ where: { id }, include: { document: true } }); // want "findUnique on tenant-scoped \"DocumentVersion\" does not filter"
  if (!version) {
    throw new Error("not found");
  }
  if (version.document.teamId !== req.client!.teamId) {
    console.log("other team");
  }
  await prisma.documentVersion.update({ where: { id }, data: { number: 2 } }); // want "update on tenant-scoped \"DocumentVersion\" does not filter"
  return version;
}

// Twin: compared with the tenant of another row looked up by id alone, which
// makes the two rows one team's, not the caller's.
export async function versionAgainstOther(id: string, otherId: string) {
  const other = await prisma.document.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  const version = await prisma.documentVersion.findUnique({ where: { id }, include: { document: true } }); // want "findUnique on tenant-scoped \"DocumentVersion\" does not filter"
  if (!version) {
    throw new Error("not found");
  }
  if (version.document.teamId !== other!.teamId) {
    throw new Error("not found");
  }
  return version;
}
