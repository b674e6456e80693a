declare const db: any;
declare function switchOrgLater(ctx: Ctx, orgId: number): Promise<void>;
declare function ids(): Iterable<Promise<unknown>>;
declare class NotFound extends Error {}
type Ctx = { session: { orgId: number } };

function getMap(id: string, orgId: number) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: orgId } });
}

async function getMapLater(id: string, ctx: Ctx) {
  await Promise.resolve();
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

// A check only on one branch of the element.
export async function renameMaybe(id: string, orgId: number, name: string, check: boolean) {
  await Promise.all([check ? getMap(id, orgId) : null]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameAnd(id: string, orgId: number, name: string, check: boolean) {
  await Promise.all([check && getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

// A spread beside a context check runs code of its own.
export async function foldersSpread(id: string, ctx: Ctx) {
  await Promise.all([...ids(), getMapLater(id, ctx)]);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// A change of the context started before the check, still running.
export async function foldersPending(id: string, ctx: Ctx, orgId: number) {
  const pending = switchOrgLater(ctx, orgId);
  await Promise.all([getMapLater(id, ctx), pending]);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

export async function foldersPendingInTurn(id: string, ctx: Ctx, orgId: number) {
  const pending = switchOrgLater(ctx, orgId);
  await getMapLater(id, ctx);
  await pending;
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// A class's compared check, awaited beside a query.
class Maps {
  private async requireOwn(id: string, orgId: number) {
    const map = await db.map.findUnique({ where: { id } });
    if (!map || map.organizationId !== orgId) throw new NotFound("Map not found");
    return map;
  }

  async rename(id: string, orgId: number, name: string) {
    await Promise.all([this.requireOwn(id, orgId), db.folder.count({ where: { mapId: id } })]); // want "count on tenant-scoped \"Folder\" does not filter by the tenant"
    return db.map.update({ where: { id }, data: { name } });
  }

  async renameOther(id: string, otherId: string, orgId: number, name: string) {
    await Promise.all([this.requireOwn(otherId, orgId)]);
    return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
  }
}
