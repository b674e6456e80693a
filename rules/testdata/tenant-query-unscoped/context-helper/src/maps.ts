declare const db: any;
declare function audit(ctx: Ctx): void;
type Ctx = { session: { orgId: number } };

// A helper handed the caller's whole context (Blitz's ctx, placemark's
// map lookups) reads the tenant from it; the caller's key is proved as
// when the tenant itself is handed over.
function getMap(id: string, ctx: Ctx) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function folders(id: string, ctx: Ctx) {
  await getMap(id, ctx);
  return db.folder.findMany({ where: { mapId: id } });
}

function getMapByOrg(id: string, orgId: number) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: orgId } });
}

export async function foldersByOrg(id: string, ctx: Ctx) {
  await getMapByOrg(id, ctx.session.orgId);
  return db.folder.findMany({ where: { mapId: id } });
}

function getMapThroughRelation(id: string, ctx: Ctx) {
  return db.map.findFirstOrThrow({ where: { id, organization: { id: ctx.session.orgId } } });
}

export async function foldersThroughRelation(id: string, ctx: Ctx) {
  await getMapThroughRelation(id, ctx);
  return db.folder.findMany({ where: { mapId: id } });
}

// The context changed by the helper before its lookup: the key was
// checked against whatever tenant it put there.
function getMapMoved(id: string, ctx: Ctx, orgId: number) {
  ctx.session.orgId = orgId;
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersMoved(id: string, ctx: Ctx, orgId: number) {
  await getMapMoved(id, ctx, orgId);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

function getMapAudited(id: string, ctx: Ctx) {
  audit(ctx);
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersAudited(id: string, ctx: Ctx) {
  await getMapAudited(id, ctx);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

function getMapDeleted(id: string, ctx: Ctx) {
  delete (ctx.session as any).orgId;
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersDeleted(id: string, ctx: Ctx) {
  await getMapDeleted(id, ctx);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// A context the caller builds from what the request says is no tenant.
export async function foldersClaimed(id: string, input: { orgId: number }) {
  await getMap(id, { session: { orgId: input.orgId } });
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// The caller's context replaced after the check.
export async function foldersSwapped(id: string, ctx: Ctx, other: Ctx) {
  await getMap(id, ctx);
  ctx = other;
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// A tenant read through an optional chain may be undefined: Prisma then
// drops the filter.
function getMapMaybe(id: string, ctx: { session?: { orgId: number } }) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session?.orgId } }); // want "findFirstOrThrow on tenant-scoped \"Map\" filters by a tenant value that may be undefined"
}

export async function foldersMaybe(id: string, ctx: Ctx) {
  await getMapMaybe(id, ctx);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// The caller's other properties of the context, handed on or kept in a
// closure, cannot change the tenant (placemark's duplicate map, which
// gives ctx.session.userId to the rows it copies); the object that holds
// the tenant can.
declare function stamp(userId: number): void;
declare function keep(session: Ctx["session"]): void;
type UserCtx = { session: { orgId: number; userId: number } };

function getUserMap(id: string, ctx: UserCtx) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersStamped(id: string, ctx: UserCtx, names: string[]) {
  return db.$transaction(async (tx: any) => {
    await getUserMap(id, ctx);
    const folders = await tx.folder.findMany({ where: { mapId: id } });
    stamp(ctx.session.userId);
    const rows = names.map((name) => ({ name, createdById: ctx.session.userId }));
    return { folders, rows };
  });
}

export async function foldersKept(id: string, ctx: UserCtx) {
  return db.$transaction(async (tx: any) => {
    keep(ctx.session);
    await getUserMap(id, ctx);
    return tx.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
  });
}
