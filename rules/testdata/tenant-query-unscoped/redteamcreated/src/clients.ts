import db from "db";
import { archive } from "./archive";
import { newId } from "./id";

type Ctx = { session: { orgId: number } };

// The folder made in another database by the caller's id: that create
// says nothing of which row holds the id in this one. Nor does the map
// made in this one say which map holds its id in the other, where the
// folder links it.
export async function otherClient(folderId: string, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await archive.folder.create({ data: { id: folderId, mapId: map.id } }); // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// The folders of a copy made in the other database.
export async function otherClientCopy(sourceId: string, ctx: Ctx) {
  const sources = await db.folder.findMany({ where: { mapId: sourceId, map: { organizationId: ctx.session.orgId } } });
  const features = await db.feature.findMany({ where: { mapId: sourceId, map: { organizationId: ctx.session.orgId } } });
  const idRemap = new Map<string, string>();
  for (const folder of sources) {
    idRemap.set(folder.id, folder.name ?? newId());
  }
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  await archive.folder.createMany({ data: sources.map((s) => ({ id: idRemap.get(s.id), mapId: map.id })) }); // want "createMany on \"Folder\" links a \"Map\" by \"mapId\" alone"
  await db.feature.createMany({
    data: features.map((f) => ({ id: newId(), mapId: map.id, folderId: f.folderId ? idRemap.get(f.folderId) : null })), // want "createMany on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  });
}

// Near miss, silent: one client throughout, a transaction's.
export async function oneClient(folderId: string, ctx: Ctx) {
  return db.$transaction(async (tx) => {
    const map = await tx.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
    await tx.folder.create({ data: { id: folderId, mapId: map.id } });
    await tx.feature.create({ data: { id: newId(), mapId: map.id, folderId } });
  });
}
