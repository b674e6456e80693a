import db, { replica } from "db";
import { newId } from "./id";
import { renumber, renumberOne } from "./renumber";

type Ctx = { session: { orgId: number } };
type Row = { id: string; name: string | null; folderId: string | null };

async function load(sourceId: string, ctx: Ctx): Promise<Row[][]> {
  return Promise.all([
    db.folder.findMany({ where: { mapId: sourceId, map: { organizationId: ctx.session.orgId } } }),
    db.feature.findMany({ where: { mapId: sourceId, map: { organizationId: ctx.session.orgId } } }),
  ]);
}

// skipDuplicates added to a const of the createMany's arguments after it
// is written: a taken id is left to its row, another tenant's.
export async function skipAddedToArgs(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? newId());
  }
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const args: { data: { id: string | undefined; mapId: string }[]; skipDuplicates?: boolean } = {
    data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })),
  };
  args.skipDuplicates = true;
  await db.folder.createMany(args);
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// The same by Object.assign.
export async function skipAssignedToArgs(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? newId());
  }
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const args = { data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) };
  Object.assign(args, { skipDuplicates: true });
  await db.folder.createMany(args);
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// skipDuplicates through a spread of options.
export async function skipSpread(sourceId: string, opts: { skipDuplicates?: boolean }, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? newId());
  }
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })), ...opts }); // want "cannot see what createMany on \"Folder\" links through this spread"
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// A row's id changed through another name for it: the folder is made
// under a default id, and its value in the Map, the caller's, made nowhere.
export async function idChangedByAlias(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? newId());
  }
  const first = sources[0];
  first.id = newId();
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) }); // want "createMany on \"Folder\" links a \"Map\" by \"mapId\" alone"
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Map\" by \"mapId\" alone" "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// The rows' ids changed by a helper.
export async function idChangedByHelper(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? newId());
  }
  renumber(sources);
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// The rows' ids changed in a forEach.
export async function idChangedInForEach(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? newId());
  }
  sources.forEach((s) => {
    s.id = newId();
  });
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) }); // want "createMany on \"Folder\" links a \"Map\" by \"mapId\" alone"
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Map\" by \"mapId\" alone" "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// A row dropped through another name for the list.
export async function droppedByAlias(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? newId());
  }
  const alias = sources;
  alias.length = 0;
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// A row dropped by splice.
export async function droppedBySplice(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? newId());
  }
  sources.splice(0, 1);
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// The Map hidden in the link's callback by another of the same name.
export async function shadowedMap(sourceId: string, other: Map<string, string>, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, newId());
  }
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
  await db.feature.createMany({
    data: features.map((f) => { // want "cannot see what createMany on \"Feature\" links"
      const idRemap = other;
      return { id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null };
    }),
  });
}

// A let Map, given another Map later.
export async function letMap(sourceId: string, other: Map<string, string>, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  let idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, newId());
  }
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
  idRemap = other;
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// The set in a callback run later, after the folders are made.
export async function setLater(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
  sources.forEach((folder) => idRemap.set(folder.id, folder.name ?? newId()));
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// Minted ids, a row dropped through another name for the rows.
export async function mintedDroppedByAlias(folders: Row[], features: Row[], ctx: Ctx) {
  const folderIdMap = new Map<string, string>();
  const mapId = newId();
  const newFolders = folders.map((folder) => {
    const id = folder.name ?? newId();
    folderIdMap.set(folder.id, id);
    return { name: folder.name, mapId, id };
  });
  const kept = newFolders;
  kept.pop();
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

// Minted ids, a row's id changed after the callback.
export async function mintedIdChanged(folders: Row[], features: Row[], ctx: Ctx) {
  const folderIdMap = new Map<string, string>();
  const mapId = newId();
  const newFolders = folders.map((folder) => {
    const id = folder.name ?? newId();
    folderIdMap.set(folder.id, id);
    return { name: folder.name, mapId, id };
  });
  for (const f of newFolders) {
    f.id = newId();
  }
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

// The folders made by another client in the list: its promise runs on
// its own, outside this transaction, and the link stands when it fails.
export async function otherClientInList(folders: Row[], features: Row[], ctx: Ctx) {
  const folderIdMap = new Map<string, string>();
  const mapId = newId();
  const newFolders = folders.map((folder) => {
    const id = folder.name ?? newId();
    folderIdMap.set(folder.id, id);
    return { name: folder.name, mapId, id }; // want "createMany on \"Folder\" links a \"Map\" by \"mapId\" alone"
  });
  const newFeatures = features.map((feature) => ({
    id: newId(),
    folderId: feature.folderId ? folderIdMap.get(feature.folderId) ?? null : null, // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
    mapId,
  }));
  return db.$transaction([
    db.map.create({ data: { id: mapId, organizationId: ctx.session.orgId } }),
    replica.folder.createMany({ data: newFolders }),
    db.feature.createMany({ data: newFeatures }),
  ]);
}

// The folders listed after the link.
export async function createdAfterInList(folders: Row[], features: Row[], ctx: Ctx) {
  const folderIdMap = new Map<string, string>();
  const mapId = newId();
  const newFolders = folders.map((folder) => {
    const id = folder.name ?? newId();
    folderIdMap.set(folder.id, id);
    return { name: folder.name, mapId, id };
  });
  const newFeatures = features.map((feature) => ({
    id: newId(),
    folderId: feature.folderId ? folderIdMap.get(feature.folderId) ?? null : null, // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
    mapId,
  }));
  return db.$transaction([
    db.map.create({ data: { id: mapId, organizationId: ctx.session.orgId } }),
    db.feature.createMany({ data: newFeatures }),
    db.folder.createMany({ data: newFolders }),
  ]);
}

// The rows made by createManyAndReturn, read back by position.
export async function andReturn(sourceId: string, folderId: string, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const made = await db.folder.createManyAndReturn({ data: [{ id: folderId, mapId: map.id }], skipDuplicates: true });
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId: made[0]?.id ?? folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// The list emptied directly.
export async function emptied(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? newId());
  }
  sources.length = 0;
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// Each row handed to a helper that may give it another id.
export async function elementHanded(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? newId());
  }
  for (const s of sources) renumberOne(s);
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// Minted ids, the rows handed to a helper before they are written.
export async function mintedHanded(folders: Row[], features: Row[], ctx: Ctx) {
  const folderIdMap = new Map<string, string>();
  const mapId = newId();
  const newFolders = folders.map((folder) => {
    const id = folder.name ?? newId();
    folderIdMap.set(folder.id, id);
    return { name: folder.name, mapId, id };
  });
  renumber(newFolders);
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

// Minted ids, the list emptied.
export async function mintedEmptied(folders: Row[], features: Row[], ctx: Ctx) {
  const folderIdMap = new Map<string, string>();
  const mapId = newId();
  const newFolders = folders.map((folder) => {
    const id = folder.name ?? newId();
    folderIdMap.set(folder.id, id);
    return { name: folder.name, mapId, id };
  });
  newFolders.length = 0;
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

// Near miss, silent: the placemark copy as it is, with a default id.
export async function copy(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, newId());
  }
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })),
  });
}

// Near miss, silent: the list and its rows only read before the create
// (its length tested, each row's fields read, a row spread into a copy),
// and handed to a helper only after the folders are made.
export async function copyWithReads(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  if (sources.length === 0) return;
  const names: (string | null)[] = [];
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    names.push(folder.name);
    idRemap.set(folder.id, newId());
  }
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ name: { ...s }.name, id: idRemap.get(s.id), mapId: map.id })) });
  renumber(sources);
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })),
  });
}

// Near miss, silent: minted ids, the rows' count tested before the batch.
export async function combineChecked(folders: Row[], features: Row[], ctx: Ctx) {
  const folderIdMap = new Map<string, string>();
  const mapId = newId();
  const newFolders = folders.map((folder) => {
    const id = newId();
    folderIdMap.set(folder.id, id);
    return { name: folder.name, mapId, id };
  });
  if (newFolders.length > 1000) throw new Error("too many folders");
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

// One row handed to a helper by its index.
export async function indexedElementHanded(sourceId: string, ctx: Ctx) {
  const [sources, features] = await load(sourceId, ctx);
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? newId());
  }
  renumberOne(sources[0]);
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await db.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) });
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}
