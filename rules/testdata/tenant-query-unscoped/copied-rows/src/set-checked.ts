declare const db: any;

// Ids from the request checked against the ids of a checked booking's
// assets, with a throw when any is unknown: Shelf's partialCheckinBooking.
export async function partialCheckin(id: string, organizationId: string, dispositions: { assetId: string; returned?: number }[]) {
  const effectiveAssetIds = dispositions.map((d) => d.assetId);
  const bookingFound = await db.booking.findUniqueOrThrow({ where: { id, organizationId }, include: { bookingAssets: { where: { asset: { organizationId } }, include: { asset: true } } } });
  const bookingFoundAssets = bookingFound.bookingAssets.map((ba: any) => ba.asset);
  const bookingAssetIds = new Set(bookingFoundAssets.map((a: any) => a.id));
  const invalidAssetIds = effectiveAssetIds.filter((id_: string) => !bookingAssetIds.has(id_));
  if (invalidAssetIds.length > 0) {
    throw new Error("not part of this booking");
  }
  await db.$transaction(async (tx: any) => {
    for (const disp of dispositions) {
      disp.returned = 1;
      await tx.asset.update({ where: { id: disp.assetId }, data: { quantity: 0 } });
    }
    const qtyIds = [...new Set(effectiveAssetIds.filter((x: string) => x !== ""))];
    for (const assetId of qtyIds) {
      await tx.bookingAsset.count({ where: { assetId } });
    }
  });
}

// Without the throw the unknown ids go on.
export async function partialCheckinLogged(id: string, organizationId: string, assetIds: string[]) {
  const bookingFound = await db.booking.findUniqueOrThrow({ where: { id, organizationId }, include: { bookingAssets: true } });
  const known = new Set(bookingFound.bookingAssets.map((ba: any) => ba.assetId));
  const unknown = assetIds.filter((x) => !known.has(x));
  if (unknown.length > 0) {
    console.log("unknown assets");
  }
  for (const assetId of assetIds) {
    await db.asset.update({ where: { id: assetId }, data: { quantity: 0 } }); // want "update on tenant-scoped \"Asset\" does not filter"
  }
}

// A set of a booking read by id alone holds anyone's assets.
export async function partialCheckinUnchecked(id: string, assetIds: string[]) {
  const bookingFound = await db.booking.findUniqueOrThrow({ where: { id }, include: { bookingAssets: true } }); // want "findUniqueOrThrow on tenant-scoped \"Booking\" does not filter"
  const known = new Set(bookingFound.bookingAssets.map((ba: any) => ba.assetId));
  const unknown = assetIds.filter((x) => !known.has(x));
  if (unknown.length > 0) {
    throw new Error("not part of this booking");
  }
  for (const assetId of assetIds) {
    await db.asset.update({ where: { id: assetId }, data: { quantity: 0 } }); // want "update on tenant-scoped \"Asset\" does not filter"
  }
}

// An id pushed after the check was never checked.
export async function partialCheckinPushed(id: string, organizationId: string, assetIds: string[], extra: string) {
  const bookingFound = await db.booking.findUniqueOrThrow({ where: { id, organizationId }, include: { bookingAssets: true } });
  const known = new Set(bookingFound.bookingAssets.map((ba: any) => ba.assetId));
  const unknown = assetIds.filter((x) => !known.has(x));
  if (unknown.length > 0) {
    throw new Error("not part of this booking");
  }
  assetIds.push(extra);
  for (const assetId of assetIds) {
    await db.asset.update({ where: { id: assetId }, data: { quantity: 0 } }); // want "update on tenant-scoped \"Asset\" does not filter"
  }
}

// A field rewritten after the mapping is not the id that was checked.
export async function partialCheckinRewritten(id: string, organizationId: string, dispositions: { assetId: string }[], other: string) {
  const effectiveAssetIds = dispositions.map((d) => d.assetId);
  const bookingFound = await db.booking.findUniqueOrThrow({ where: { id, organizationId }, include: { bookingAssets: true } });
  const known = new Set(bookingFound.bookingAssets.map((ba: any) => ba.assetId));
  const unknown = effectiveAssetIds.filter((x) => !known.has(x));
  if (unknown.length > 0) {
    throw new Error("not part of this booking");
  }
  for (const disp of dispositions) {
    disp.assetId = other;
    await db.asset.update({ where: { id: disp.assetId }, data: { quantity: 0 } }); // want "update on tenant-scoped \"Asset\" does not filter"
  }
}

// A set that also takes the caller's ids proves nothing.
export async function partialCheckinAdded(id: string, organizationId: string, assetIds: string[], extra: string) {
  const bookingFound = await db.booking.findUniqueOrThrow({ where: { id, organizationId }, include: { bookingAssets: true } });
  const known = new Set(bookingFound.bookingAssets.map((ba: any) => ba.assetId));
  known.add(extra);
  const unknown = assetIds.filter((x) => !known.has(x));
  if (unknown.length > 0) {
    throw new Error("not part of this booking");
  }
  for (const assetId of assetIds) {
    await db.asset.update({ where: { id: assetId }, data: { quantity: 0 } }); // want "update on tenant-scoped \"Asset\" does not filter"
  }
}

// A list narrowed from the checked one that grows afterwards holds more.
export async function partialCheckinNarrowedGrown(id: string, organizationId: string, assetIds: string[], extra: string) {
  const bookingFound = await db.booking.findUniqueOrThrow({ where: { id, organizationId }, include: { bookingAssets: true } });
  const known = new Set(bookingFound.bookingAssets.map((ba: any) => ba.assetId));
  const unknown = assetIds.filter((x) => !known.has(x));
  if (unknown.length > 0) {
    throw new Error("not part of this booking");
  }
  const qtyIds = [...new Set(assetIds)];
  qtyIds.push(extra);
  for (const assetId of qtyIds) {
    await db.asset.update({ where: { id: assetId }, data: { quantity: 0 } }); // want "update on tenant-scoped \"Asset\" does not filter"
  }
}

// The same list deduplicated, with nothing added, is still checked.
export async function partialCheckinDeduplicated(id: string, organizationId: string, assetIds: string[]) {
  const bookingFound = await db.booking.findUniqueOrThrow({ where: { id, organizationId }, include: { bookingAssets: { where: { asset: { organizationId } } } } });
  const known = new Set(bookingFound.bookingAssets.map((ba: any) => ba.assetId));
  const unknown = assetIds.filter((x) => !known.has(x));
  if (unknown.length) {
    return null;
  }
  const qtyIds = Array.from(new Set(assetIds));
  for (const assetId of qtyIds) {
    await db.asset.update({ where: { id: assetId }, data: { quantity: 0 } });
  }
}

declare function register(held: any): void;

// The checked ids handed on inside an object before the writes: the call
// may add another organization's.
export async function partialCheckinHanded(id: string, organizationId: string, assetIds: string[]) {
  const bookingFound = await db.booking.findUniqueOrThrow({ where: { id, organizationId }, include: { bookingAssets: true } });
  const known = new Set(bookingFound.bookingAssets.map((ba: any) => ba.assetId));
  const unknown = assetIds.filter((x) => !known.has(x));
  if (unknown.length) {
    return null;
  }
  register({ assetIds });
  for (const assetId of assetIds) {
    await db.asset.update({ where: { id: assetId }, data: { quantity: 0 } }); // want "update on tenant-scoped \"Asset\" does not filter"
  }
}

// Handed on only in a branch that returns: the writes never see it.
export async function partialCheckinHandedThenReturned(id: string, organizationId: string, assetIds: string[], done: boolean) {
  const bookingFound = await db.booking.findUniqueOrThrow({ where: { id, organizationId }, include: { bookingAssets: { where: { asset: { organizationId } } } } });
  const known = new Set(bookingFound.bookingAssets.map((ba: any) => ba.assetId));
  const unknown = assetIds.filter((x) => !known.has(x));
  if (unknown.length) {
    return null;
  }
  if (done) {
    register({ assetIds });
    return null;
  }
  for (const assetId of assetIds) {
    await db.asset.update({ where: { id: assetId }, data: { quantity: 0 } });
  }
}

// The branch returns, but a catch around it goes on to the writes.
export async function partialCheckinHandedCaught(id: string, organizationId: string, assetIds: string[], done: boolean) {
  const bookingFound = await db.booking.findUniqueOrThrow({ where: { id, organizationId }, include: { bookingAssets: true } });
  const known = new Set(bookingFound.bookingAssets.map((ba: any) => ba.assetId));
  const unknown = assetIds.filter((x) => !known.has(x));
  if (unknown.length) {
    return null;
  }
  try {
    if (done) {
      register({ assetIds });
      return null;
    }
  } catch {}
  for (const assetId of assetIds) {
    await db.asset.update({ where: { id: assetId }, data: { quantity: 0 } }); // want "update on tenant-scoped \"Asset\" does not filter"
  }
}

// The list of the unknown emptied, or handed on, before the exit tests
// it: every id goes through. The twin reaches the exit as made.
export async function partialCheckinEmptied(id: string, organizationId: string, assetIds: string[], forget: (l: string[]) => void) {
  const bookingFound = await db.booking.findUniqueOrThrow({ where: { id, organizationId }, include: { bookingAssets: { where: { asset: { organizationId } }, include: { asset: true } } } });
  const bookingFoundAssets = bookingFound.bookingAssets.map((ba: any) => ba.asset);
  const bookingAssetIds = new Set(bookingFoundAssets.map((a: any) => a.id));
  const emptied = assetIds.filter((id_: string) => !bookingAssetIds.has(id_));
  emptied.length = 0;
  if (emptied.length > 0) throw new Error("not part of this booking");
  for (const assetId of assetIds) {
    await db.asset.update({ where: { id: assetId }, data: { quantity: 0 } }); // want "update on tenant-scoped \"Asset\" does not filter"
  }
  const handed = assetIds.filter((id_: string) => !bookingAssetIds.has(id_));
  forget(handed);
  if (handed.length > 0) throw new Error("not part of this booking");
  for (const assetId of assetIds) {
    await db.asset.update({ where: { id: assetId }, data: { quantity: 0 } }); // want "update on tenant-scoped \"Asset\" does not filter"
  }
}

export async function partialCheckinAsMade(id: string, organizationId: string, assetIds: string[]) {
  const bookingFound = await db.booking.findUniqueOrThrow({ where: { id, organizationId }, include: { bookingAssets: { where: { asset: { organizationId } }, include: { asset: true } } } });
  const bookingFoundAssets = bookingFound.bookingAssets.map((ba: any) => ba.asset);
  const bookingAssetIds = new Set(bookingFoundAssets.map((a: any) => a.id));
  const unknown = assetIds.filter((id_: string) => !bookingAssetIds.has(id_));
  console.log(unknown.length);
  if (unknown.length > 0) throw new Error("not part of this booking");
  for (const assetId of assetIds) {
    await db.asset.update({ where: { id: assetId }, data: { quantity: 0 } });
  }
}
