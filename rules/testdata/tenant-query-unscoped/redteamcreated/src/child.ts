import db from "db";
import { newId } from "./id";

type Ctx = { session: { orgId: number } };
type Input = { folderId: string; folderIds: string[]; mapId: string; orgId: number };

// The link's name is another binding than the one the create gave the
// folder: a loop's own const of the same name, the caller's ids.
export async function shadowedByLoop(input: Input, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: map.id } });
  for (const folderId of input.folderIds) {
    await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  }
}

// The same with a const of an inner block.
export async function shadowedInBlock(input: Input, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: map.id } });
  if (input.folderId) {
    const folderId = input.folderId;
    await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  }
}

// The same for a model carrying the tenant field.
export async function shadowedDirect(input: Input, ctx: Ctx) {
  const mapId = newId();
  await db.map.create({ data: { id: mapId, organizationId: ctx.session.orgId } });
  for (const mapId of input.folderIds) {
    await db.folder.create({ data: { id: newId(), mapId } }); // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  }
}

// The folder's data is a const whose id is replaced before the create:
// the folder is made under another id, and the caller's folderId links
// whatever row holds it.
export async function idReplacedInData(input: Input, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = input.folderId;
  const data = { id: folderId, mapId: map.id };
  data.id = newId();
  await db.folder.create({ data });
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// The same by Object.assign.
export async function idAssignedInData(input: Input, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = input.folderId;
  const data = { id: folderId, mapId: map.id };
  Object.assign(data, { id: newId() });
  await db.folder.create({ data });
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// The folder create and the link run together: the create may fail on
// the caller's id (another tenant's folder) while the link is written.
export async function createBesideLink(input: Input, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = input.folderId;
  await Promise.all([
    db.folder.create({ data: { id: folderId, mapId: map.id } }),
    db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }), // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
  ]);
}

// The folder create not awaited.
export async function createNotAwaited(input: Input, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = input.folderId;
  void db.folder.create({ data: { id: folderId, mapId: map.id } });
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// The folder create's failure swallowed.
export async function createCaught(input: Input, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = input.folderId;
  await db.folder.create({ data: { id: folderId, mapId: map.id } }).catch(() => null);
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// An upsert, not a create: a folder the caller names is taken as it is.
export async function upserted(input: Input, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = input.folderId;
  await db.folder.upsert({ where: { id: folderId }, create: { id: folderId, mapId: map.id }, update: {} }); // want "upsert on tenant-scoped \"Folder\" does not filter by the tenant"
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// The map looked up by the caller's ids, maybe null.
export async function parentMaybeNull(input: Input, ctx: Ctx) {
  const map = await db.map.findFirst({ where: { id: input.mapId, organizationId: ctx.session.orgId } });
  const folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: map?.id ?? input.mapId } }); // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  await db.feature.create({ data: { id: newId(), mapId: input.mapId, folderId } }); // want "create on \"Feature\" links a \"Map\" by \"mapId\" alone" "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// Three levels: a note under a folder under the tenant's new map, pinned:
// silent. Under a folder whose map the caller names: reported.
export async function threeLevels(ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: map.id } });
  const noteId = newId();
  await db.note.create({ data: { id: noteId, folderId } });
  await db.pin.create({ data: { id: newId(), mapId: map.id, noteId } });
}

export async function threeLevelsInput(input: Input, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: input.mapId } }); // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  const noteId = newId();
  await db.note.create({ data: { id: noteId, folderId } }); // want "create on \"Note\" links a \"Folder\" by \"folderId\" alone"
  await db.pin.create({ data: { id: newId(), mapId: map.id, noteId } }); // want "create on \"Pin\" links a \"Note\" by \"noteId\" alone"
}

// Near misses, silent: the plain shape, and a loop of its own ids.
export async function plain(ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: map.id } });
  for (const n of [1, 2]) {
    await db.feature.create({ data: { id: `${n}`, mapId: map.id, folderId } });
  }
}

// The folder's data a const of the same block, its id the outer name:
// the link names the folder made.
export async function constData(ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folderId = newId();
  const data = { id: folderId, mapId: map.id };
  await db.folder.create({ data });
  if (map.id) {
    await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } });
  }
}

// The key given the caller's by a destructuring after the create.
export async function destructuredAgain(input: Input, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  let folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: map.id } });
  ({ folderId } = input);
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// The same by an array destructuring.
export async function arrayDestructuredAgain(input: Input, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  let folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: map.id } });
  [folderId] = input.folderIds;
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// A var declared again after the create, from the caller's input.
export async function varDeclaredAgain(input: Input, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  var folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: map.id } });
  var folderId = input.folderId;
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// A closure called after the create gives the key the caller's.
export async function closureReassigns(input: Input, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  let folderId = newId();
  const reset = () => {
    folderId = input.folderId;
  };
  await db.folder.create({ data: { id: folderId, mapId: map.id } });
  reset();
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// The folder's row returned by the create, its id changed by a helper.
export async function rowHanded(input: Input, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  const folder = await db.folder.create({ data: { id: newId(), mapId: map.id } });
  Object.assign(folder, { id: input.folderId });
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId: folder.id } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// A let folder, created under the tenant's new map, then linked.
export async function letFolder(ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  let folder;
  try {
    folder = await db.folder.create({ data: { id: newId(), mapId: map.id } });
  } catch {
    throw new Error("no folder");
  }
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId: folder.id } });
}

// A let folder, one of whose assignments is under the caller's map.
export async function letFolderInput(input: Input, ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  let folder;
  if (input.mapId) {
    folder = await db.folder.create({ data: { id: newId(), mapId: input.mapId } }); // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  } else {
    folder = await db.folder.create({ data: { id: newId(), mapId: map.id } });
  }
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId: folder.id } }); // want "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// The folder's map a const row looked up by the caller's id and tenant,
// maybe null: reading its id throws, so no folder is made.
export async function nullableParentRow(input: Input, ctx: Ctx) {
  const map = await db.map.findFirst({ where: { id: input.mapId, organizationId: ctx.session.orgId } });
  if (!map) throw new Error("no map");
  const folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: map.id } });
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } });
}

// The folder's map an upserted map keyed by the caller's id alone: it
// may be another tenant's map, left as it is.
export async function upsertedParent(input: Input, ctx: Ctx) {
  const map = await db.map.upsert({ where: { id: input.mapId }, create: { id: input.mapId, organizationId: ctx.session.orgId }, update: {} }); // want "upsert on tenant-scoped \"Map\" does not filter by the tenant"
  const folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: map.id } }); // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } }); // want "create on \"Feature\" links a \"Map\" by \"mapId\" alone" "create on \"Feature\" links a \"Folder\" by \"folderId\" alone"
}

// Near miss, silent: a var declared once.
export async function varOnce(ctx: Ctx) {
  const map = await db.map.create({ data: { id: newId(), organizationId: ctx.session.orgId } });
  var folderId = newId();
  await db.folder.create({ data: { id: folderId, mapId: map.id } });
  await db.feature.create({ data: { id: newId(), mapId: map.id, folderId } });
}
