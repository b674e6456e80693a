declare const db: any;
declare function switchOrg(ctx: Ctx, orgId: number): Promise<void>;
type Ctx = { session: { orgId: number } };

// A helper that waits before its lookup, which reads the tenant from the
// caller's context as it is then.
async function getMapLater(id: string, ctx: Ctx) {
  await Promise.resolve();
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

// The context changed by an element beside the check, before its lookup
// ran: handed to a call, changed in a function run there, or changed
// by an element standing before the check.
export async function foldersSwitched(id: string, ctx: Ctx, orgId: number) {
  await Promise.all([getMapLater(id, ctx), switchOrg(ctx, orgId)]);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

export async function foldersInline(id: string, ctx: Ctx, orgId: number) {
  await Promise.all([
    getMapLater(id, ctx),
    (async () => {
      ctx.session.orgId = orgId;
    })(),
  ]);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

export async function foldersFirst(id: string, ctx: Ctx, orgId: number) {
  await Promise.all([(ctx.session.orgId = orgId), getMapLater(id, ctx)]);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

export async function foldersDeleted(id: string, ctx: Ctx) {
  await Promise.all([getMapLater(id, ctx), delete (ctx as any).session]);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// Near misses: beside the check, a query of plain values, or a value.
export async function folders(id: string, ctx: Ctx) {
  const [map, count] = await Promise.all([getMapLater(id, ctx), db.organization.count({ where: { id: ctx.session.orgId } }), null]);
  await db.folder.deleteMany({ where: { mapId: id } });
  return { map, count };
}
