import { getMap, getMapKept, findMap } from "./lib/maps";

declare const db: any;
type Ctx = { session: { orgId: number } };

export async function folders(id: string, ctx: Ctx) {
  await getMap(id, ctx);
  return db.folder.findMany({ where: { mapId: id } });
}

export async function foldersKept(id: string, ctx: Ctx) {
  await getMapKept(id, ctx);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

export async function foldersSpread(id: string, ctx: Ctx, orgId: number) {
  await getMap(id, { ...ctx, session: { orgId } });
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

export async function foldersAssigned(id: string, ctx: Ctx, orgId: number) {
  await getMap(id, Object.assign({}, ctx, { session: { orgId } }));
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

export async function foldersFound(id: string, ctx: Ctx) {
  if (!(await findMap(id, ctx))) throw new Error("forbidden");
  return db.folder.findMany({ where: { mapId: id } });
}

export async function foldersFoundBuilt(id: string, ctx: Ctx, orgId: number) {
  if (!(await findMap(id, Object.assign({}, ctx, { session: { orgId } })))) throw new Error("forbidden");
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}
