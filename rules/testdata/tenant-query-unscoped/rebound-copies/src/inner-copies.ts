declare const db: any;

// A copy of a checked row, and a transaction's result, prove their keys
// only as those bindings: a const of the name in an inner block is
// another value.
export async function copyInBlock(kitId: string, organizationId: string, given: any) {
  const checked = await db.kit.findFirst({ where: { id: kitId, organizationId } });
  if (!checked) throw new Error("not found");
  const kit = { ...checked };
  await db.assetKit.deleteMany({ where: { kitId: kit.id } });
  if (given.x) {
    const kit = { ...given.kit };
    await db.assetKit.deleteMany({ where: { kitId: kit.id } }); // want "deleteMany on tenant-scoped \"AssetKit\" does not filter"
  }
  {
    const checked = given.kit;
    const copy = { ...checked };
    await db.assetKit.deleteMany({ where: { kitId: copy.id } }); // want "deleteMany on tenant-scoped \"AssetKit\" does not filter"
  }
}

export async function resultInBlock(organizationId: string, given: any) {
  const outcome = await db.$transaction(async (tx: any) => {
    const booking = await tx.booking.create({ data: { organizationId } });
    return { booking };
  });
  await db.booking.update({ where: { id: outcome.booking.id }, data: {} });
  if (given.x) {
    const outcome = given.outcome;
    await db.booking.update({ where: { id: outcome.booking.id }, data: {} }); // want "update on tenant-scoped \"Booking\" does not filter"
    const { booking } = outcome;
    await db.booking.delete({ where: { id: booking.id } }); // want "delete on tenant-scoped \"Booking\" does not filter"
  }
}

// Children looped over, reduced, filtered: the list's name in a block.
export async function childrenInBlock(organizationId: string, kitId: string, given: any) {
  const kits = await db.kit.findMany({ where: { organizationId } });
  const highest = kits.reduce((a: any, b: any) => (a.n > b.n ? a : b));
  await db.assetKit.deleteMany({ where: { kitId: highest.id } });
  if (given.x) {
    const kits: any[] = given.kits;
    const highest = kits.reduce((a: any, b: any) => (a.n > b.n ? a : b));
    await db.assetKit.deleteMany({ where: { kitId: highest.id } }); // want "deleteMany on tenant-scoped \"AssetKit\" does not filter"
    await db.assetKit.deleteMany({ where: { kitId: { in: kits.filter((k: any) => k.n).map((k: any) => k.id) } } }); // want "deleteMany on tenant-scoped \"AssetKit\" does not filter"
    for (const k of kits) await db.assetKit.deleteMany({ where: { kitId: k.id } }); // want "deleteMany on tenant-scoped \"AssetKit\" does not filter"
  }
}

// A row's children, and its optional key, given again in a block.
export async function partsInBlock(organizationId: string, kitId: string, given: any) {
  const kit = await db.kit.findFirst({ where: { id: kitId, organizationId }, include: { assetKits: true } });
  if (!kit) throw new Error("not found");
  for (const ak of kit.assetKits) await db.assetKit.delete({ where: { id: ak.id } });
  if (given.x) {
    const kit = given.kit;
    for (const ak of kit.assetKits) await db.assetKit.delete({ where: { id: ak.id } }); // want "delete on tenant-scoped \"AssetKit\" does not filter"
    await db.assetKit.create({ data: { assetId: given.assetId, organizationId, kitId: kit?.id ?? null } }); // want "links a \"Kit\""
  }
}
