declare const db: any;

// A row copied with a spread keeps the copied row's id: Shelf's
// updateKitAssets reads the kit with its organization, then works on
// `const kit = { ...kitWithRelations, assets }`.
export async function updateKitAssets(kitId: string, organizationId: string, assetIds: string[]) {
  const kitWithRelations = await db.kit
    .findUniqueOrThrow({ where: { id: kitId, organizationId }, include: { assetKits: true } })
    .catch(() => {
      throw new Error("not found");
    });
  const kit = { ...kitWithRelations, assets: kitWithRelations.assetKits };
  await db.$transaction(async (tx: any) => {
    await tx.assetKit.deleteMany({ where: { kitId: kit.id, assetId: { in: assetIds } } });
    await tx.assetKit.update({ where: { assetId_kitId: { assetId: assetIds[0], kitId: kit.id } }, data: {} });
  });
}

// A copy whose own entry names the id holds that id, not the row's.
export async function updateOtherKit(kitId: string, organizationId: string, otherKitId: string) {
  const kitWithRelations = await db.kit.findFirst({ where: { id: kitId, organizationId } });
  const kit = { ...kitWithRelations, id: otherKitId };
  return db.assetKit.deleteMany({ where: { kitId: kit.id } }); // want "deleteMany on tenant-scoped \"AssetKit\" does not filter"
}

// A copy of two rows may hold either one's id.
export async function mergedKits(kitId: string, organizationId: string, given: any) {
  const checked = await db.kit.findFirst({ where: { id: kitId, organizationId } });
  const kit = { ...checked, ...given };
  return db.assetKit.deleteMany({ where: { kitId: kit.id } }); // want "deleteMany on tenant-scoped \"AssetKit\" does not filter"
}

// A copy of a row read by id alone is anyone's.
export async function copiedUnchecked(kitId: string) {
  const found = await db.kit.findUnique({ where: { id: kitId } }); // want "findUnique on tenant-scoped \"Kit\" does not filter"
  const kit = { ...found };
  return db.assetKit.deleteMany({ where: { kitId: kit.id } }); // want "deleteMany on tenant-scoped \"AssetKit\" does not filter"
}
