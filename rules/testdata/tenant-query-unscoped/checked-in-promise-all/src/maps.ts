declare const db: any;

function getMap(id: string, orgId: number) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: orgId } });
}

// A check awaited among others in one Promise.all (placemark's gist
// export): when it throws, the await throws, and nothing after it runs.
// What runs beside it is not checked by it.
export async function rename(id: string, orgId: number, name: string) {
  const [map, folders] = await Promise.all([
    getMap(id, orgId),
    db.folder.findMany({ where: { mapId: id } }), // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
  ]);
  await db.map.update({ where: { id }, data: { name } });
  return { map, folders };
}

export async function renameAlone(id: string, orgId: number, name: string) {
  await Promise.all([getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } });
}

// allSettled never throws; a caught check goes on; an unawaited one has
// not run yet.
export async function renameSettled(id: string, orgId: number, name: string) {
  await Promise.allSettled([getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameCaught(id: string, orgId: number, name: string) {
  await Promise.all([getMap(id, orgId).catch(() => null)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameUnawaited(id: string, orgId: number, name: string) {
  const checks = Promise.all([getMap(id, orgId)]);
  await db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
  return checks;
}

// A Promise of the code's own may be anything.
export async function renameOwnPromise(id: string, orgId: number, name: string) {
  const Promise = { all: async (ps: unknown[]) => ps };
  await Promise.all([getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

// A check of another id proves nothing of this one.
export async function renameOther(id: string, otherId: string, orgId: number, name: string) {
  await Promise.all([getMap(otherId, orgId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

// What runs beside the check may change what it reads while it waits:
// an assignment, a call handed the same names, a promise started before.
declare function rename(id: string): Promise<void>;

export async function renameBesideAssignment(id: string, otherId: string, orgId: number, name: string) {
  await Promise.all([getMap(id, orgId), (id = otherId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameBesideCall(id: string, orgId: number, name: string) {
  await Promise.all([getMap(id, orgId), rename(id)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameBesidePromise(id: string, orgId: number, name: string, pending: Promise<void>) {
  await Promise.all([getMap(id, orgId), pending]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}
