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

// A non-null assertion that ends the comparison: the grammar nests
// `a !== b?.teamId!` as `(a !== b?.teamId)!`, an assertion on the test
// itself, which is erased and leaves the test as it is.
export async function documentAsserted(req: any, id: string) {
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc) {
    return null;
  }
  if (doc.teamId !== req.tenant?.teamId!) {
    return null;
  }
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } });
  return doc;
}

// The same inside `||`, with the row's tenant tested for being set first.
export async function documentAssertedEither(req: any, id: string) {
  const doc = await prisma.document.findUniqueOrThrow({ where: { id } });
  if (!doc.teamId || doc.teamId !== req.tenant?.teamId!) {
    throw new Error("forbidden");
  }
  await prisma.document.delete({ where: { id } });
  return doc;
}

// Twin: the asserted test only logs, and the row is used.
export async function documentAssertedLogged(req: any, id: string) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  if (!doc) {
    return null;
  }
  if (doc.teamId !== req.tenant?.teamId!) {
    console.log("other team");
  }
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  return doc;
}
