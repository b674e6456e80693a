declare const db: any;
declare function nextId(): Promise<string>;

function getMap(id: string, orgId: number) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: orgId } });
}

// A var declared again takes the value the awaited statement gives it,
// after the check had the old one.
export async function renameRedeclared(id: string, orgId: number, name: string) {
  var [, id] = await Promise.all([getMap(id, orgId), nextId()]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameRedeclaredInTurn(id: string, orgId: number, name: string) {
  var id = (await getMap(id, orgId)).name as string;
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameAssigned(id: string, orgId: number, name: string) {
  let map;
  [map, id] = await Promise.all([getMap(id, orgId), nextId()]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameTenantRedeclared(id: string, orgId: number, name: string) {
  var [, orgId] = await Promise.all([getMap(id, orgId), Promise.resolve(0)]);
  await db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
  return orgId;
}

// Near miss: the results kept under names of their own.
export async function renameKept(id: string, orgId: number, name: string) {
  var [map, next] = await Promise.all([getMap(id, orgId), nextId()]);
  await db.map.update({ where: { id }, data: { name } });
  return { map, next };
}
