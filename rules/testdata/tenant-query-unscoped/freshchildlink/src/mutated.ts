import db from "db";
import { newId } from "./id";

type Ctx = { session: { orgId: number } };

// The folder's data is a const object whose map is replaced before the
// create: the folder may go under another tenant's map.
export async function mutatedData(otherMapId: string, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = newId();
  const data = { id: folderId, mapId: map.id };
  data.mapId = otherMapId; // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  await db.folder.create({ data });
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// The folder's data is a const object given its map after.
export async function addedParent(otherMapId: string, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = newId();
  const data: { id: string; mapId?: string } = { id: folderId };
  Object.assign(data, { mapId: otherMapId }); // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  await db.folder.create({ data: { ...data } });
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// The folder's map is a map row the function changed to another tenant's
// id before the create.
export async function parentRowChanged(otherMapId: string, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  map.id = otherMapId;
  const folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: map.id } }); // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  await db.feature.create({ data: { id: newId(), folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// A folder created under the tenant's new map, then linked from a nested
// create of a new map's feature: still the tenant's folder.
export async function nestedLink(ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: map.id } });
  await db.map.create({
    data: { id: newId(), organizationId: ctx.session.orgId, features: { create: [{ id: newId(), folderId }] } },
  });
}
