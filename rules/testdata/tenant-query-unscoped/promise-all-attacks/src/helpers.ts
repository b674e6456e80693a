import * as O from "fp-ts/Option";
import { Promise as Bluebird } from "bluebird";

declare const db: any;
declare class NotFound extends Error {}

function getMap(id: string, orgId: number) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: orgId } });
}

async function lockMap(tx: any, id: string, orgId: number) {
  const result = await tx.$queryRaw<any[]>`SELECT * FROM "Map" WHERE id = ${id} AND "organizationId" = ${orgId} FOR UPDATE`;
  if (!result || result.length === 0) {
    throw new NotFound("Map not found");
  }
  return result[0];
}

async function isOwner(id: string, orgId: number) {
  try {
    await db.map.findFirstOrThrow({ where: { id, organizationId: orgId } });
    return O.some(true);
  } catch (error) {
    return O.none;
  }
}

async function findOwn(id: string, orgId: number) {
  return db.map.findFirst({ where: { id, organizationId: orgId } });
}

async function requireOwn(id: string, orgId: number) {
  const map = await db.map.findUnique({ where: { id } });
  if (!map || map.organizationId !== orgId) throw new NotFound("Map not found");
  return map;
}

async function peekOwn(id: string, orgId: number) {
  const map = await db.map.findUnique({ where: { id } });
  if (!map || map.organizationId !== orgId) return null;
  return map;
}

// The legitimate shapes, one per proof: each helper throws, so the
// awaited Promise.all throws before the update.
export async function renameChecked(id: string, orgId: number, name: string) {
  await Promise.all([getMap(id, orgId), db.folder.count({ where: { mapId: id } })]); // want "count on tenant-scoped \"Folder\" does not filter by the tenant"
  return db.map.update({ where: { id }, data: { name } });
}

export async function renameLocked(tx: any, id: string, orgId: number, name: string) {
  await Promise.all([lockMap(tx, id, orgId)]);
  return tx.map.update({ where: { id }, data: { name } });
}

export async function renameCompared(id: string, orgId: number, name: string) {
  await Promise.all([requireOwn(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } });
}

// A helper that answers fp-ts's None: the array Promise.all gives is no
// Option, so testing it tests nothing.
export async function renameOwnerArray(id: string, orgId: number, name: string) {
  const checks = await Promise.all([isOwner(id, orgId)]);
  if (O.isNone(checks)) throw new NotFound("Map not found");
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

// Near miss: the helper's own answer, tested.
export async function renameOwner(id: string, orgId: number, name: string) {
  const owner = (await isOwner(id, orgId)) as O.Option<boolean>;
  if (O.isNone(owner)) throw new NotFound("Map not found");
  return db.map.update({ where: { id }, data: { name } });
}

// Helpers that hand back null need the caller to test what they gave: the
// array is always defined.
export async function renameFoundArray(id: string, orgId: number, name: string) {
  const found = await Promise.all([findOwn(id, orgId)]);
  if (!found) throw new NotFound("Map not found");
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renamePeekArray(id: string, orgId: number, name: string) {
  const peeked = await Promise.all([peekOwn(id, orgId)]);
  if (!peeked) throw new NotFound("Map not found");
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renamePeekUntested(id: string, orgId: number, name: string) {
  const [peeked] = await Promise.all([peekOwn(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

// Another library's Promise, or one the file binds or changes, may be
// anything.
export async function renameBluebird(id: string, orgId: number, name: string) {
  await Bluebird.all([getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

// Swallowed throws: a caught element, an element run inside a function
// that catches, an element given to another call.
export async function renameThen(id: string, orgId: number, name: string) {
  await Promise.all([getMap(id, orgId).then(null, () => null)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameWrapped(id: string, orgId: number, name: string) {
  await Promise.all([
    (async () => {
      try {
        await getMap(id, orgId);
      } catch {}
    })(),
  ]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameSettledInner(id: string, orgId: number, name: string) {
  await Promise.all([Promise.allSettled([getMap(id, orgId)])]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameNestedArray(id: string, orgId: number, name: string) {
  await Promise.all([[getMap(id, orgId)]]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameConcat(id: string, orgId: number, name: string) {
  await Promise.all([getMap(id, orgId)].concat([]));
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameGlobalThis(id: string, orgId: number, name: string) {
  await globalThis.Promise.all([getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

// The id changed by an element beside the check, after it was given.
export async function renameSwapped(id: string, other: string, orgId: number, name: string) {
  await Promise.all([getMap(id, orgId), (async () => { id = other; })()]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameSequence(id: string, other: string, orgId: number, name: string) {
  await Promise.all([getMap(id, orgId), (id = other, null)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameTenantSwapped(id: string, orgId: number, otherOrg: number, name: string) {
  await Promise.all([getMap(id, orgId), (orgId = otherOrg, null)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

// Not on every path to the update.
export async function renameInArm(id: string, orgId: number, name: string, check: boolean) {
  if (check) await Promise.all([getMap(id, orgId)]);
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameTried(id: string, orgId: number, name: string) {
  try {
    await Promise.all([getMap(id, orgId)]);
  } catch {}
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameEach(ids: string[], id: string, orgId: number, name: string) {
  for (const each of ids) {
    await Promise.all([getMap(each, orgId)]);
  }
  return db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
}

export async function renameLater(id: string, orgId: number, name: string) {
  const run = () => db.map.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Map\" does not filter by the tenant"
  run();
  await Promise.all([getMap(id, orgId)]);
}

// A near miss: the update inside a loop's body after the check.
export async function renameAll(ids: string[], orgId: number, name: string) {
  for (const id of ids) {
    await Promise.all([getMap(id, orgId)]);
    await db.map.update({ where: { id }, data: { name } });
  }
}
