declare const db: any;
declare class AppError extends Error {
  constructor(o: object);
}

// The mismatch's error may carry the very field the if compares (Shelf's
// image route): it says whose the row is, and nothing else of it.
export async function read(id: string, orgIds: number[]) {
  const doc = await db.doc.findUniqueOrThrow({ where: { id } });
  if (!orgIds.includes(doc.organizationId)) {
    throw new AppError({ status: 403, details: { orgIds, ownerOrgId: doc.organizationId } });
  }
  return doc;
}

export async function readCompared(id: string, orgId: number) {
  const doc = await db.doc.findUnique({ where: { id } });
  if (doc.organizationId !== orgId) {
    throw new AppError({ ownerOrgId: doc.organizationId });
  }
  return doc;
}

// Any other part of the row, the row itself, or a method of the field,
// leaves with the row.
export async function readTitled(id: string, orgId: number) {
  const doc = await db.doc.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Doc\" does not filter by the tenant"
  if (doc.organizationId !== orgId) {
    throw new AppError({ ownerOrgId: doc.organizationId, title: doc.title });
  }
  return doc;
}

export async function readReturned(id: string, orgId: number) {
  const doc = await db.doc.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Doc\" does not filter by the tenant"
  if (doc.organizationId !== orgId) {
    return { ownerOrgId: doc.organizationId, doc };
  }
  return doc;
}

export async function readFormatted(id: string, orgId: number) {
  const doc = await db.doc.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Doc\" does not filter by the tenant"
  if (doc.organizationId !== orgId) {
    throw new AppError({ ownerOrgId: doc.organizationId.toString(doc) });
  }
  return doc;
}
