declare const db: any;

function getMap(id: string, orgId: number) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: orgId } });
}

// Promise.all taken away and put back by the file as its own.
delete (Promise as any).all;
Object.defineProperty(Promise, "all", { value: async () => [] });

export async function rename(id: string, orgId: number, name: string) {
  await Promise.all([getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}
