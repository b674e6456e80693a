declare const db: any;

// A proven key read through `?.` is undefined when the link is missing,
// and Prisma drops an undefined filter: a list, a count or a bulk write
// then reaches every tenant's rows. It counts once a test excludes
// undefined, or in a unique lookup it alone keys, which Prisma refuses
// without it.
export async function custodiesOfKit(kitId: string, organizationId: string) {
  const kit = await db.kit.findFirst({ where: { id: kitId, organizationId }, include: { custody: true } });
  return db.custody.findMany({ where: { kitCustodyId: kit.custody?.id } }); // want "findMany on tenant-scoped \"Custody\" filters by a tenant value that may be undefined"
}

export async function custodiesOfKitTested(kitId: string, organizationId: string) {
  const kit = await db.kit.findFirst({ where: { id: kitId, organizationId }, include: { custody: true } });
  if (!kit.custody) throw new Error("no custody");
  return db.custody.findMany({ where: { kitCustodyId: kit.custody?.id } });
}

export async function custodyOfKit(kitId: string, organizationId: string, otherKitId: string) {
  const kit = await db.kit.findFirst({ where: { id: kitId, organizationId }, include: { custody: true } });
  await db.kitCustody.findUnique({ where: { id: kit.custody?.id } });
  // Beside another unique key, the lookup goes by that key alone.
  await db.kitCustody.findUnique({ where: { id: kit.custody?.id, kitId: otherKitId } }); // want "findUnique on tenant-scoped \"KitCustody\" filters by a tenant value that may be undefined"
  // Marked non-null, it is still undefined at run time.
  return db.custody.count({ where: { kitCustodyId: kit.custody?.id! } }); // want "count on tenant-scoped \"Custody\" filters by a tenant value that may be undefined"
}

export async function removeKitLinks(kitId: string, organizationId: string) {
  const row = await db.kit.findFirst({ where: { id: kitId, organizationId } });
  await db.kit.update({ where: { id: row?.id }, data: {} });
  await db.kit.updateMany({ where: { id: row?.id }, data: {} }); // want "updateMany on tenant-scoped \"Kit\" filters by a tenant value that may be undefined"
  return db.assetKit.deleteMany({ where: { kitId: row?.id } }); // want "deleteMany on tenant-scoped \"AssetKit\" filters by a tenant value that may be undefined"
}

// A const holding such a key is the same key.
export async function countCustodies(kitId: string, organizationId: string) {
  const kit = await db.kit.findFirst({ where: { id: kitId, organizationId }, include: { custody: true } });
  const custodyId = kit.custody?.id;
  const all = await db.custody.count({ where: { kitCustodyId: custodyId } }); // want "count on tenant-scoped \"Custody\" filters by a tenant value that may be undefined"
  if (!custodyId) return all;
  return db.custody.count({ where: { kitCustodyId: custodyId } });
}
