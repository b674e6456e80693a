declare const db: any;
declare function lock(tx: any, id: string): Promise<void>;
declare function notify(ids: string[]): Promise<void>;
declare function notifyAll(summaries: { assetId: string }[]): Promise<void>;

type Disposition = { assetId: string; returned?: number };

// Shelf's partial check-in: the ids of a booking's assets, checked against
// the booking's rows before the transaction, come back from it as a list
// of ids and as objects pushed in a loop, and are spread into one list.
export async function checkin(id: string, organizationId: string, dispositions: Disposition[]) {
  const effectiveAssetIds = dispositions.map((d) => d.assetId);
  const booking = await db.booking.findFirstOrThrow({
    where: { id, organizationId },
    include: { bookingAssets: { where: { asset: { organizationId } }, include: { asset: true } } },
  });
  const assets = booking.bookingAssets.map((ba: any) => ba.asset);
  const known = new Set(assets.map((a: any) => a.id));
  const unknown = effectiveAssetIds.filter((id_) => !known.has(id_));
  if (unknown.length > 0) {
    throw new Error("not on this booking");
  }
  const txResult = await db.$transaction(async (tx: any) => {
    const summaries: { assetId: string; returned: number }[] = [];
    for (const disp of dispositions) {
      await lock(tx, disp.assetId);
      disp.returned = 1;
      summaries.push({ assetId: disp.assetId, returned: disp.returned });
    }
    const individualIds = effectiveAssetIds.filter((id_) => id_ !== "");
    if (individualIds.length === 0) {
      return { done: false, summaries, individualIds };
    }
    return { done: true, summaries, individualIds: individualIds };
  });
  await notify(txResult.individualIds);
  for (const s of txResult.summaries) {
    const copy = { ...s };
    copy.returned += 1;
  }
  const touched = [...txResult.individualIds, ...txResult.summaries.map((s) => s.assetId)];
  await db.asset.findMany({ where: { id: { in: touched } } });
  await db.asset.findMany({ where: { id: { in: [...new Set(touched)] } } });
  const rows = await db.asset.findMany({ where: { id: { in: txResult.summaries.map((s) => s.assetId) } } });
  // Handed on after the last call: nothing of it runs before them.
  await notifyAll(txResult.summaries);
  return rows;
}

// A part of the spread that is not the booking's: every part must be.
export async function spreadGiven(id: string, organizationId: string, dispositions: Disposition[], extra: string[]) {
  const effectiveAssetIds = dispositions.map((d) => d.assetId);
  const booking = await db.booking.findFirstOrThrow({
    where: { id, organizationId },
    include: { bookingAssets: { include: { asset: true } } },
  });
  const assets = booking.bookingAssets.map((ba: any) => ba.asset);
  const known = new Set(assets.map((a: any) => a.id));
  const unknown = effectiveAssetIds.filter((id_) => !known.has(id_));
  if (unknown.length > 0) {
    throw new Error("not on this booking");
  }
  const touched = [...effectiveAssetIds, ...extra];
  return db.asset.findMany({ where: { id: { in: touched } } }); // want "findMany on tenant-scoped \"Asset\" does not filter"
}

// Ids that were never checked against the booking's rows.
export async function unchecked(id: string, organizationId: string, dispositions: Disposition[]) {
  const effectiveAssetIds = dispositions.map((d) => d.assetId);
  const booking = await db.booking.findFirstOrThrow({
    where: { id, organizationId },
    include: { bookingAssets: { include: { asset: true } } },
  });
  const assets = booking.bookingAssets.map((ba: any) => ba.asset);
  const known = new Set(assets.map((a: any) => a.id));
  const unknown = effectiveAssetIds.filter((id_) => !known.has(id_));
  if (unknown.length > 1) {
    console.warn("not on this booking");
  }
  const touched = [...effectiveAssetIds];
  return db.asset.findMany({ where: { id: { in: touched } } }); // want "findMany on tenant-scoped \"Asset\" does not filter"
}

// A list grown after the call in a loop holding both: the next turn reads
// what was pushed.
export async function grownInLoop(id: string, organizationId: string, dispositions: Disposition[], given: string[]) {
  const effectiveAssetIds = dispositions.map((d) => d.assetId);
  const booking = await db.booking.findFirstOrThrow({
    where: { id, organizationId },
    include: { bookingAssets: { include: { asset: true } } },
  });
  const assets = booking.bookingAssets.map((ba: any) => ba.asset);
  const known = new Set(assets.map((a: any) => a.id));
  const unknown = effectiveAssetIds.filter((id_) => !known.has(id_));
  if (unknown.length > 0) {
    throw new Error("not on this booking");
  }
  const touched = [...effectiveAssetIds];
  for (const g of given) {
    await db.asset.findMany({ where: { id: { in: touched } } }); // want "findMany on tenant-scoped \"Asset\" does not filter"
    touched.push(g);
  }
}
