import { getMapLater, type Ctx } from "./context-helpers";

declare const db: any;

// Another file's context helper, run beside a change of the context or
// after the caller changed it.
export async function foldersBeside(id: string, ctx: Ctx, orgId: number) {
  await Promise.all([getMapLater(id, ctx), (ctx.session.orgId = orgId)]);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

export async function foldersMoved(id: string, ctx: Ctx, orgId: number) {
  ctx.session.orgId = orgId;
  await Promise.all([getMapLater(id, ctx)]);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// Near miss: the caller's context untouched.
export async function folders(id: string, ctx: Ctx) {
  await Promise.all([getMapLater(id, ctx), db.organization.count()]);
  return db.folder.findMany({ where: { mapId: id } });
}
