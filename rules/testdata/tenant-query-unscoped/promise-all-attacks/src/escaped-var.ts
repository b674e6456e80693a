declare const db: any;

function getMap(id: string, orgId: number) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: orgId } });
}

export async function rename(id: string, orgId: number, name: string, fake: boolean) {
  if (fake) {
    var Pr\u006fmise: any = { all: async () => [] };
  }
  await Promise.all([getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}
