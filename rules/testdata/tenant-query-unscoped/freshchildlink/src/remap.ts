import db from "db";
import { newId } from "./id";

type Ctx = { session: { orgId: number } };
type Row = { id: string; name: string | null; folderId: string | null };

// A copy of a map (placemark's duplicate): each source folder gets a new
// id in a Map, the folders are created under the tenant's new map by
// those ids, then the features link them through the Map. Every value the
// Map holds is the id of a folder of that createMany, which made every
// row or threw: a value got links the tenant's new folder, or nothing.
export async function duplicate(sourceId: string, ctx: Ctx) {
  return db.$transaction(async (db) => {
    const [sources, features]: Row[][] = await Promise.all([
      db.folder.findMany({ where: { mapId: sourceId, map: { organizationId: ctx.session.orgId } } }),
      db.feature.findMany({ where: { mapId: sourceId, map: { organizationId: ctx.session.orgId } } }),
    ]);
    const idRemap = new Map<string, string>();
    for (const folder of sources) {
      idRemap.set(folder.id, newId());
    }
    const { id: newMapId } = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
    await db.folder.createMany({
      data: sources.map((source) => {
        return {
          ...source, // want "cannot see what createMany on \"Folder\" links through this spread"
          id: idRemap.get(source.id),
          parentId: source.folderId ? idRemap.get(source.folderId) : null, // want "createMany on \"Folder\" links a \"Folder\" by \"parentId\" alone"
          mapId: newMapId,
        };
      }),
    });
    await db.feature.createMany({
      data: features.map((feature) => ({
        id: newId(),
        folderId: feature.folderId ? idRemap.get(feature.folderId) : null,
        mapId: newMapId,
      })),
    });
  });
}

// The ids minted while the rows are made (placemark's combined map), the
// folders and the features written in one batch transaction after the map.
export async function combine(folders: Row[], features: Row[], ctx: Ctx) {
  const folderIdMap = new Map<string, string>();
  const mapId = newId();
  const newFolders = folders.map((folder) => {
    const id = newId();
    folderIdMap.set(folder.id, id);
    return { name: folder.name, mapId, id };
  });
  const newFeatures = features.map((feature) => ({
    id: newId(),
    folderId: feature.folderId ? folderIdMap.get(feature.folderId) ?? null : null,
    mapId,
  }));
  return db.$transaction([
    db.map.create({ data: { id: mapId, organizationId: ctx.session.orgId } }),
    db.folder.createMany({ data: newFolders }),
    db.feature.createMany({ data: newFeatures }),
  ]);
}
