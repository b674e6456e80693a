declare const db: any;

function getMap(id: string, orgId: number) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: orgId } });
}

// Promise kept under another name, whose all the file then replaces.
const P = Promise;
P.all = (async () => []) as any;

export async function rename(id: string, orgId: number, name: string) {
  await Promise.all([getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameDestructuredAll(id: string, orgId: number, name: string) {
  const { all } = Promise;
  await all([getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameCallAll(id: string, orgId: number, name: string) {
  await Promise.all.call(Promise, [getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}
