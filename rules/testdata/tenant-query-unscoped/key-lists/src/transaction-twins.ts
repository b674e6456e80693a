declare const db: any;
declare function lock(tx: any, id: string): Promise<void>;
declare function touch(s: any): void;
declare function touchAll(s: any[]): Promise<void>;

type Disposition = { assetId: string; returned?: number };

// Near misses of transaction-lists.ts: each breaks one link of the proof.

// A return of the callback that gives the entry another list.
export async function otherReturn(id: string, organizationId: string, dispositions: Disposition[], given: string[], extra: any) {
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
  const txResult = await db.$transaction(async (tx: any) => {
    const summaries: { assetId: string; returned: number }[] = [];
    for (const disp of dispositions) {
      await lock(tx, disp.assetId);
      summaries.push({ assetId: disp.assetId, returned: 1 });
    }
    const individualIds = effectiveAssetIds.filter((id_) => id_ !== "");
    if (individualIds.length === 0) {
      return { done: false, summaries, individualIds };
    }
    return { done: true, summaries, individualIds: given };
  });
  const touched = [...txResult.individualIds, ...txResult.summaries.map((s) => s.assetId)];
  return db.asset.findMany({ where: { id: { in: touched } } }); // want "findMany on tenant-scoped \"Asset\" does not filter"
}

// A return of the callback without the entry: every return must give it.
export async function missingEntry(id: string, organizationId: string, dispositions: Disposition[], given: string[], extra: any) {
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
  const txResult = await db.$transaction(async (tx: any) => {
    const summaries: { assetId: string; returned: number }[] = [];
    for (const disp of dispositions) {
      await lock(tx, disp.assetId);
      summaries.push({ assetId: disp.assetId, returned: 1 });
    }
    const individualIds = effectiveAssetIds.filter((id_) => id_ !== "");
    if (individualIds.length === 0) {
      return { done: false, summaries, individualIds };
    }
    return { done: true, summaries };
  });
  const touched = [...txResult.individualIds, ...txResult.summaries.map((s) => s.assetId)];
  return db.asset.findMany({ where: { id: { in: touched } } }); // want "findMany on tenant-scoped \"Asset\" does not filter"
}

// An object pushed with a key the function never checked.
export async function pushedGiven(id: string, organizationId: string, dispositions: Disposition[], given: string[], extra: any) {
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
  const txResult = await db.$transaction(async (tx: any) => {
    const summaries: { assetId: string; returned: number }[] = [];
    for (const disp of dispositions) {
      await lock(tx, disp.assetId);
      summaries.push({ assetId: given[0], returned: 1 });
    }
    const individualIds = effectiveAssetIds.filter((id_) => id_ !== "");
    if (individualIds.length === 0) {
      return { done: false, summaries, individualIds };
    }
    return { done: true, summaries, individualIds };
  });
  const touched = [...txResult.individualIds, ...txResult.summaries.map((s) => s.assetId)];
  return db.asset.findMany({ where: { id: { in: touched } } }); // want "findMany on tenant-scoped \"Asset\" does not filter"
}

// An object pushed with a spread, which may hold the key.
export async function pushedSpread(id: string, organizationId: string, dispositions: Disposition[], given: string[], extra: any) {
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
  const txResult = await db.$transaction(async (tx: any) => {
    const summaries: { assetId: string; returned: number }[] = [];
    for (const disp of dispositions) {
      await lock(tx, disp.assetId);
      summaries.push({ ...extra, returned: 1 });
    }
    const individualIds = effectiveAssetIds.filter((id_) => id_ !== "");
    if (individualIds.length === 0) {
      return { done: false, summaries, individualIds };
    }
    return { done: true, summaries, individualIds };
  });
  const touched = [...txResult.individualIds, ...txResult.summaries.map((s) => s.assetId)];
  return db.asset.findMany({ where: { id: { in: touched } } }); // want "findMany on tenant-scoped \"Asset\" does not filter"
}

// A filter whose callback writes the checked list's next element before it is read.
export async function filterWrites(id: string, organizationId: string, dispositions: Disposition[], given: string[], extra: any) {
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
  const txResult = await db.$transaction(async (tx: any) => {
    const summaries: { assetId: string; returned: number }[] = [];
    for (const disp of dispositions) {
      await lock(tx, disp.assetId);
      summaries.push({ assetId: disp.assetId, returned: 1 });
    }
    const individualIds = effectiveAssetIds.filter((id_, i) => {
      effectiveAssetIds[i + 1] = given[0];
      return true;
    });
    if (individualIds.length === 0) {
      return { done: false, summaries, individualIds };
    }
    return { done: true, summaries, individualIds };
  });
  const touched = [...txResult.individualIds, ...txResult.summaries.map((s) => s.assetId)];
  return db.asset.findMany({ where: { id: { in: touched } } }); // want "findMany on tenant-scoped \"Asset\" does not filter"
}

// An object's key written after the transaction.
export async function fieldWritten(id: string, organizationId: string, dispositions: Disposition[], given: string[], extra: any) {
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
  const txResult = await db.$transaction(async (tx: any) => {
    const summaries: { assetId: string; returned: number }[] = [];
    for (const disp of dispositions) {
      await lock(tx, disp.assetId);
      summaries.push({ assetId: disp.assetId, returned: 1 });
    }
    const individualIds = effectiveAssetIds.filter((id_) => id_ !== "");
    if (individualIds.length === 0) {
      return { done: false, summaries, individualIds };
    }
    return { done: true, summaries, individualIds };
  });
  for (const s of txResult.summaries) s.assetId = given[0];
  const touched = [...txResult.individualIds, ...txResult.summaries.map((s) => s.assetId)];
  return db.asset.findMany({ where: { id: { in: touched } } }); // want "findMany on tenant-scoped \"Asset\" does not filter"
}

// The entry grown after the transaction.
export async function grown(id: string, organizationId: string, dispositions: Disposition[], given: string[], extra: any) {
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
  const txResult = await db.$transaction(async (tx: any) => {
    const summaries: { assetId: string; returned: number }[] = [];
    for (const disp of dispositions) {
      await lock(tx, disp.assetId);
      summaries.push({ assetId: disp.assetId, returned: 1 });
    }
    const individualIds = effectiveAssetIds.filter((id_) => id_ !== "");
    if (individualIds.length === 0) {
      return { done: false, summaries, individualIds };
    }
    return { done: true, summaries, individualIds };
  });
  txResult.individualIds.push(given[0]);
  const touched = [...txResult.individualIds, ...txResult.summaries.map((s) => s.assetId)];
  return db.asset.findMany({ where: { id: { in: touched } } }); // want "findMany on tenant-scoped \"Asset\" does not filter"
}

// The entry copied to another name, which may grow it.
export async function aliased(id: string, organizationId: string, dispositions: Disposition[], given: string[], extra: any) {
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
  const txResult = await db.$transaction(async (tx: any) => {
    const summaries: { assetId: string; returned: number }[] = [];
    for (const disp of dispositions) {
      await lock(tx, disp.assetId);
      summaries.push({ assetId: disp.assetId, returned: 1 });
    }
    const individualIds = effectiveAssetIds.filter((id_) => id_ !== "");
    if (individualIds.length === 0) {
      return { done: false, summaries, individualIds };
    }
    return { done: true, summaries, individualIds };
  });
  const ids = txResult.individualIds;
  ids.push(given[0]);
  const touched = [...txResult.individualIds, ...txResult.summaries.map((s) => s.assetId)];
  return db.asset.findMany({ where: { id: { in: touched } } }); // want "findMany on tenant-scoped \"Asset\" does not filter"
}

// An object's fields assigned from another object.
export async function assigned(id: string, organizationId: string, dispositions: Disposition[], given: string[], extra: any) {
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
  const txResult = await db.$transaction(async (tx: any) => {
    const summaries: { assetId: string; returned: number }[] = [];
    for (const disp of dispositions) {
      await lock(tx, disp.assetId);
      summaries.push({ assetId: disp.assetId, returned: 1 });
    }
    const individualIds = effectiveAssetIds.filter((id_) => id_ !== "");
    if (individualIds.length === 0) {
      return { done: false, summaries, individualIds };
    }
    return { done: true, summaries, individualIds };
  });
  for (const s of txResult.summaries) Object.assign(s, extra);
  const touched = [...txResult.individualIds, ...txResult.summaries.map((s) => s.assetId)];
  return db.asset.findMany({ where: { id: { in: touched } } }); // want "findMany on tenant-scoped \"Asset\" does not filter"
}

// An object handed to a function, which may change its key.
export async function handedElement(id: string, organizationId: string, dispositions: Disposition[], given: string[], extra: any) {
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
  const txResult = await db.$transaction(async (tx: any) => {
    const summaries: { assetId: string; returned: number }[] = [];
    for (const disp of dispositions) {
      await lock(tx, disp.assetId);
      summaries.push({ assetId: disp.assetId, returned: 1 });
    }
    const individualIds = effectiveAssetIds.filter((id_) => id_ !== "");
    if (individualIds.length === 0) {
      return { done: false, summaries, individualIds };
    }
    return { done: true, summaries, individualIds };
  });
  for (const s of txResult.summaries) touch(s);
  const touched = [...txResult.individualIds, ...txResult.summaries.map((s) => s.assetId)];
  return db.asset.findMany({ where: { id: { in: touched } } }); // want "findMany on tenant-scoped \"Asset\" does not filter"
}

// An object handed on by a read method's callback.
export async function handedInCallback(id: string, organizationId: string, dispositions: Disposition[], given: string[], extra: any) {
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
  const txResult = await db.$transaction(async (tx: any) => {
    const summaries: { assetId: string; returned: number }[] = [];
    for (const disp of dispositions) {
      await lock(tx, disp.assetId);
      summaries.push({ assetId: disp.assetId, returned: 1 });
    }
    const individualIds = effectiveAssetIds.filter((id_) => id_ !== "");
    if (individualIds.length === 0) {
      return { done: false, summaries, individualIds };
    }
    return { done: true, summaries, individualIds };
  });
  txResult.summaries.forEach((s) => touch(s));
  const touched = [...txResult.individualIds, ...txResult.summaries.map((s) => s.assetId)];
  return db.asset.findMany({ where: { id: { in: touched } } }); // want "findMany on tenant-scoped \"Asset\" does not filter"
}

// The objects' list handed to a function before the call.
export async function handedList(id: string, organizationId: string, dispositions: Disposition[], given: string[], extra: any) {
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
  const txResult = await db.$transaction(async (tx: any) => {
    const summaries: { assetId: string; returned: number }[] = [];
    for (const disp of dispositions) {
      await lock(tx, disp.assetId);
      summaries.push({ assetId: disp.assetId, returned: 1 });
    }
    const individualIds = effectiveAssetIds.filter((id_) => id_ !== "");
    if (individualIds.length === 0) {
      return { done: false, summaries, individualIds };
    }
    return { done: true, summaries, individualIds };
  });
  await touchAll(txResult.summaries);
  const touched = [...txResult.individualIds, ...txResult.summaries.map((s) => s.assetId)];
  return db.asset.findMany({ where: { id: { in: touched } } }); // want "findMany on tenant-scoped \"Asset\" does not filter"
}

