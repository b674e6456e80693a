declare const db: any;

// A Set of the keys of the organization's assets, spread back into a
// list: its keys are the organization's while nothing is added to it.
export async function setOfKeys(organizationId: string) {
  const assets = await db.asset.findMany({ where: { organizationId } });
  const ids = assets.map((a: any) => a.id);
  const unique = new Set(ids);
  await db.asset.findMany({ where: { id: { in: [...unique] } } });
  await db.asset.deleteMany({ where: { id: { in: Array.from(unique) } } });
}

// The same Set given a key from the caller first: another organization's
// asset may be in it.
export async function setGivenAKey(organizationId: string, other: string) {
  const assets = await db.asset.findMany({ where: { organizationId } });
  const ids = assets.map((a: any) => a.id);
  const unique = new Set<string>(ids);
  unique.add(other);
  await db.asset.findMany({ where: { id: { in: [...unique] } } }); // want "findMany on tenant-scoped \"Asset\" does not filter by the tenant"
  await db.asset.deleteMany({ where: { id: { in: Array.from(unique) } } }); // want "deleteMany on tenant-scoped \"Asset\" does not filter by the tenant"
}

// Added to in a loop that also holds the call.
export async function setGrownInALoop(organizationId: string, others: string[]) {
  const assets = await db.asset.findMany({ where: { organizationId } });
  const ids = assets.map((a: any) => a.id);
  const unique = new Set(ids);
  for (const o of others) {
    await db.asset.deleteMany({ where: { id: { in: [...unique] } } }); // want "deleteMany on tenant-scoped \"Asset\" does not filter by the tenant"
    unique.add(o);
  }
}
