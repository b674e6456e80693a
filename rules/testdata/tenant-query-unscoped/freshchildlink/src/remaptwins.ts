import db from "db";
import { newId } from "./id";
import { fill } from "./fill";

type Ctx = { session: { orgId: number } };
type Row = { id: string; name: string | null; folderId: string | null };

async function load(sourceId: string, ctx: Ctx): Promise<Row[][]> {
  return Promise.all([
    db.folder.findMany({ where: { mapId: sourceId, map: { organizationId: ctx.session.orgId } } }),
    db.feature.findMany({ where: { mapId: sourceId, map: { organizationId: ctx.session.orgId } } }),
  ]);
}

// The ids given are not minted here but read from the rows: a createMany
// by an id another row holds throws, so a value got still names a folder
// made here or nothing. Safe, and silent.
export async function copiedIds(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? folder.id);
  }
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })),
  });
}

// The Map also gets a value no create gives: another tenant's folder id.
export async function secondSet(sourceId: string, otherKey: string, otherFolderId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, newId());
  }
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
  idRemap.set(otherKey, otherFolderId);
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// The Map is handed to a helper, which may put anything in it.
export async function handedMap(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, newId());
  }
  fill(idRemap);
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// skipDuplicates leaves a taken id to its row, maybe another tenant's.
export async function skipped(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? newId());
  }
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })), skipDuplicates: true });
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// The link is written before the folders are made.
export async function linkFirst(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, newId());
  }
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
}

// The folders are put under a map the caller names.
export async function unprovedParent(sourceId: string, targetMapId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, newId());
  }
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: targetMapId })) }); // want "createMany on \"Folder\" links a \"Map\" by \"mapId\" alone"
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// The folders are made on one branch only.
export async function createInBranch(sourceId: string, flag: boolean, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? newId());
  }
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  if (flag) {
    await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
  }
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// The folders made are of another list than the one the Map was filled
// from: some values the Map holds name no row made here.
export async function otherList(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const some = sources.slice(1);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? newId());
  }
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: some.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// A spread after the id may give the folders other ids.
export async function idPastSpread(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? newId());
  }
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id, ...s })) }); // want "cannot see what createMany on \"Folder\" writes to \"mapId\""
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// The rows' ids change between the fill and the create.
export async function idsChanged(sourceId: string, otherId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? newId());
  }
  sources[0].id = otherId;
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) }); // want "createMany on \"Folder\" links a \"Map\" by \"mapId\" alone"
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Map\" by \"mapId\" alone" "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// The Map outlives the block that fills it: a run of the loop whose
// create threw (caught) leaves its values for the next run's link.
export async function mapOutsideLoop(sourceId: string, runs: number, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (let i = 0; i < runs; i++) {
    for (const folder of sources) {
      idRemap.set(folder.id, folder.name ?? newId());
    }
    try {
      const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
      await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
      await db.feature.createMany({
        data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
      });
    } catch {}
  }
}

// The ids minted in the rows' callback, but one path returns a row with
// another id than the one put in the Map.
export async function earlyReturn(folders: Row[], features: Row[], ctx: Ctx) {
  const folderIdMap = new Map<string, string>();
  const mapId = newId();
  const newFolders = folders.map((folder) => {
    const id = newId();
    folderIdMap.set(folder.id, id);
    if (!folder.name) return { name: null, mapId, id: newId() };
    return { name: folder.name, mapId, id };
  });
  const newFeatures = features.map((feature) => ({
    id: newId(),
    folderId: feature.folderId ? folderIdMap.get(feature.folderId) ?? null : null, // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
    mapId,
  }));
  return db.$transaction([
    db.map.create({ data: { id: mapId, organizationId: ctx.session.orgId } }),
    db.folder.createMany({ data: newFolders }),
    db.feature.createMany({ data: newFeatures }),
  ]);
}

// The row returned gives another id than the one put in the Map.
export async function otherIdReturned(folders: Row[], features: Row[], ctx: Ctx) {
  const folderIdMap = new Map<string, string>();
  const mapId = newId();
  const newFolders = folders.map((folder) => {
    const id = newId();
    folderIdMap.set(folder.id, folder.id);
    return { name: folder.name, mapId, id };
  });
  const newFeatures = features.map((feature) => ({
    id: newId(),
    folderId: feature.folderId ? folderIdMap.get(feature.folderId) ?? null : null, // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
    mapId,
  }));
  return db.$transaction([
    db.map.create({ data: { id: mapId, organizationId: ctx.session.orgId } }),
    db.folder.createMany({ data: newFolders }),
    db.feature.createMany({ data: newFeatures }),
  ]);
}

// A row pushed onto the rows after the map: its id is made nowhere.
export async function grownRows(folders: Row[], features: Row[], extra: { name: string; mapId: string; id: string }, ctx: Ctx) {
  const folderIdMap = new Map<string, string>();
  const mapId = newId();
  const newFolders = folders.map((folder) => {
    const id = newId();
    folderIdMap.set(folder.id, id);
    return { name: folder.name, mapId, id };
  });
  newFolders.push(extra);
  const newFeatures = features.map((feature) => ({
    id: newId(),
    folderId: feature.folderId ? folderIdMap.get(feature.folderId) ?? null : null, // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
    mapId,
  }));
  return db.$transaction([
    db.map.create({ data: { id: mapId, organizationId: ctx.session.orgId } }),
    db.folder.createMany({ data: newFolders }), // want "cannot see what createMany on \"Folder\" links"
    db.feature.createMany({ data: newFeatures }),
  ]);
}

// The folders are not written in the transaction: they are never made.
export async function notCreated(folders: Row[], features: Row[], ctx: Ctx) {
  const folderIdMap = new Map<string, string>();
  const mapId = newId();
  const newFolders = folders.map((folder) => {
    const id = newId();
    folderIdMap.set(folder.id, id);
    return { name: folder.name, mapId, id };
  });
  const newFeatures = features.map((feature) => ({
    id: newId(),
    folderId: feature.folderId ? folderIdMap.get(feature.folderId) ?? null : null, // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
    mapId,
  }));
  void newFolders;
  return db.$transaction([
    db.map.create({ data: { id: mapId, organizationId: ctx.session.orgId } }),
    db.feature.createMany({ data: newFeatures }),
  ]);
}

// A row dropped from the list after the fill: its value, read from the
// row, is made nowhere and may be another tenant's folder.
export async function droppedRow(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? newId());
  }
  sources.pop();
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// The same for rows made with their ids: one dropped before the create.
export async function droppedMinted(folders: Row[], features: Row[], ctx: Ctx) {
  const folderIdMap = new Map<string, string>();
  const mapId = newId();
  const newFolders = folders.map((folder) => {
    const id = folder.name ?? newId();
    folderIdMap.set(folder.id, id);
    return { name: folder.name, mapId, id };
  });
  newFolders.shift();
  const newFeatures = features.map((feature) => ({
    id: newId(),
    folderId: feature.folderId ? folderIdMap.get(feature.folderId) ?? null : null, // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
    mapId,
  }));
  return db.$transaction([
    db.map.create({ data: { id: mapId, organizationId: ctx.session.orgId } }),
    db.folder.createMany({ data: newFolders }), // want "cannot see what createMany on \"Folder\" links"
    db.feature.createMany({ data: newFeatures }),
  ]);
}

// A value got falls back to the caller's folder id.
export async function fallbackToInput(sourceId: string, folderId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, newId());
  }
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: idRemap.get(f.id) ?? folderId })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}
