declare const db: any;
declare const fake: any;

function getMap(id: string, orgId: number) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: orgId } });
}

// Promise as a parameter of the function: a default, an optional one, or
// an arrow's.
export async function renameDefault(id: string, orgId: number, name: string, Promise: any = fake) {
  await Promise.all([getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameOptional(id: string, orgId: number, name: string, Promise?: any) {
  await Promise.all([getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export const renameArrow = async (Promise: any, id: string, orgId: number, name: string) => {
  await Promise.all([getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
};

export async function renameCaught(id: string, orgId: number, name: string) {
  try {
    throw fake;
  } catch (Promise: any) {
    await Promise.all([getMap(id, orgId)]);
    return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
  }
}

// Near miss: the global, in a function of the same file.
export async function rename(id: string, orgId: number, name: string) {
  await Promise.all([getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } });
}
