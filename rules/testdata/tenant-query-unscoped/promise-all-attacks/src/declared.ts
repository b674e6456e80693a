declare const db: any;

function getMap(id: string, orgId: number) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: orgId } });
}

export async function rename(id: string, orgId: number, name: string) {
  await Promise.all([getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

// The module's own Promise, declared below the function that uses it.
class Promise {
  static async all(ps: unknown[]) {
    return ps;
  }
}
