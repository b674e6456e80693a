declare const db: any;

function getMap(id: string, orgId: number) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: orgId } });
}

// all redefined on the global's Promise, reached through globalThis.
Reflect.set(globalThis.Promise, "all", async () => []);
Object.defineProperty(globalThis, "Promise", { value: { all: async () => [] } });

export async function rename(id: string, orgId: number, name: string) {
  await Promise.all([getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}
