import db from "db";
import { newId } from "./id";

type Ctx = { session: { orgId: number } };

// A folder created under a map the function created in the tenant, then a
// feature linking it by the id that create gave it: the awaited create
// made that folder or threw (an id another row holds fails it), so the
// link names the new folder, under the tenant's new map.
export async function mintedChildLink(ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: map.id } });
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } });
}

// The folder's map is a checked one, not a new one: still the tenant's.
export async function checkedParentChildLink(mapId: string, ctx: Ctx) {
  const map = await db.map.findFirstOrThrow({ where: { id: mapId, organizationId: ctx.session.orgId } });
  const folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: map.id } });
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } });
}

// The folder is put under a map the caller names: another tenant's map
// may hold it, so the feature may link another tenant's folder.
export async function unprovedParent(mapId: string, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId } }); // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// The key is assigned again after the create, from the caller's input.
export async function reassignedKey(otherId: string, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  let folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: map.id } });
  if (otherId) folderId = otherId;
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// The key comes from the caller on one path.
export async function keyFromInput(given: string | undefined, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = given ?? newId();
  await db.folder.create({ data: { id: given ?? newId(), mapId: map.id } });
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// The link is written before the folder is created.
export async function linkBeforeCreate(ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = newId();
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  await db.folder.create({ data: { id: folderId, mapId: map.id } });
}

// The create runs only on one branch: on the other no folder was made.
export async function createInBranch(flag: boolean, folderId: string, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  if (flag) {
    await db.folder.create({ data: { id: folderId, mapId: map.id } });
  }
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// The folder's map is given past a spread that may put it elsewhere.
export async function parentPastSpread(extra: { mapId: string }, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: map.id, ...extra } }); // want "cannot see what create on \"Folder\" writes to \"mapId\""
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// The folder's id is given past a spread that may give it another one: the
// create may make a folder under another id, and folderId name any row.
export async function idPastSpread(extra: { id?: string }, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = newId();
  await db.folder.create({ data: { id: folderId, ...extra, mapId: map.id } }); // want "cannot see what create on \"Folder\" links through this spread"
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// The same for a map, a model with the tenant field.
export async function directIdPastSpread(extra: { id?: string }, ctx: Ctx) {
  const mapId = newId();
  await db.map.create({ data: { id: mapId, ...extra, organizationId: ctx.session.orgId } }); // want "cannot see what create on \"Map\" links through this spread"
  await db.folder.create({ data: { id: newId(), mapId } }); // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
}

// A folder created under a folder-less new map, two levels: a feature's
// folder whose map is the tenant's new one, and a second feature linking
// the first's folder through a const row the folder create returned.
export async function createdRowChild(ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folder = await db.folder.create({ data: { id: newId(), mapId: map.id } });
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId: folder.id } });
}

// The folder's map is null: no folder is made (the relation is required),
// and nothing proves a folder of the tenant.
export async function nullParent(ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: null } });
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}
