declare const db: any;
declare function audit(ids: string[]): Promise<void>;

// A let declared empty and given, under the if that found them with the
// organization, the ids of its rows (marble's project tags): the list is
// those ids or none, and links and finds only the organization's rows.
export async function tagged(organizationId: string, given?: string[]) {
  let assetIds: string[] = [];
  if (given && given.length > 0) {
    const assets = await db.asset.findMany({ where: { id: { in: given }, organizationId }, select: { id: true } });
    assetIds = assets.map((a: any) => a.id);
  }
  await db.asset.updateMany({ where: { id: { in: assetIds } }, data: {} });
  return db.organization.update({ where: { id: organizationId }, data: { assets: { connect: assetIds.map((id) => ({ id })) } } });
}

// Near misses: the caller's list in the other branch, a push after, a
// start that is not empty, rows found without the organization, the list
// handed to a call first.
export async function taggedOtherwise(organizationId: string, given: string[], extra: string) {
  let mixed: string[] = [];
  if (given.length > 0) {
    const assets = await db.asset.findMany({ where: { id: { in: given }, organizationId } });
    mixed = assets.map((a: any) => a.id);
  } else {
    mixed = given;
  }
  await db.asset.updateMany({ where: { id: { in: mixed } }, data: {} }); // want "updateMany on tenant-scoped \"Asset\" does not filter"
  await db.organization.update({ where: { id: organizationId }, data: { assets: { connect: mixed.map((id) => ({ id })) } } }); // want "update on \"Organization\" links a \"Asset\" by { id } alone"
  let pushed: string[] = [];
  const mine = await db.asset.findMany({ where: { id: { in: given }, organizationId } });
  pushed = mine.map((a: any) => a.id);
  pushed.push(extra);
  await db.asset.updateMany({ where: { id: { in: pushed } }, data: {} }); // want "updateMany on tenant-scoped \"Asset\" does not filter"
  let started: string[] = given;
  started = mine.map((a: any) => a.id);
  await db.asset.updateMany({ where: { id: { in: started } }, data: {} }); // want "updateMany on tenant-scoped \"Asset\" does not filter"
  let anyone: string[] = [];
  const theirs = await db.asset.findMany({ where: { id: { in: given } } }); // want "findMany on tenant-scoped \"Asset\" does not filter"
  anyone = theirs.map((a: any) => a.id);
  await db.asset.updateMany({ where: { id: { in: anyone } }, data: {} }); // want "updateMany on tenant-scoped \"Asset\" does not filter"
  let handed: string[] = [];
  handed = mine.map((a: any) => a.id);
  await audit(handed);
  await db.asset.updateMany({ where: { id: { in: handed } }, data: {} }); // want "updateMany on tenant-scoped \"Asset\" does not filter"
}
