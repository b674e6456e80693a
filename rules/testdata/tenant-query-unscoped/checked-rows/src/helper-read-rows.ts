import { documentKey, stampedKey } from "./row-keys";

declare const prisma: any;

// Rows given whole to a helper that only reads their fields stay the rows
// the query returned: the ids a filter keeps by it, and the rows of a Map
// keyed by it.
export async function readByHelper(teamId: string, wanted: { id: string; sheet: boolean }[], key: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const wantedKeys = new Set(wanted.map((w) => documentKey(w)));
  const gone = docs.filter((doc) => !wantedKeys.has(documentKey(doc))).map((doc) => doc.id);
  await prisma.document.deleteMany({ where: { id: { in: gone } } });
  const kept = docs.filter((doc) => wantedKeys.has(documentKey(doc)));
  await prisma.document.updateMany({ where: { id: { in: kept.map((doc) => doc.id) } }, data: { sheet: true } });
  const byKey = new Map(docs.map((doc) => [documentKey(doc), doc]));
  const found = byKey.get(key);
  if (found) {
    await prisma.document.update({ where: { id: found.id }, data: { sheet: true } });
  }
}

// A helper that writes into the row may change its id.
export async function writtenByHelper(teamId: string, wanted: { id: string; sheet: boolean }[], key: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const wantedKeys = new Set(wanted.map((w) => documentKey(w)));
  const gone = docs.filter((doc) => !wantedKeys.has(stampedKey(doc))).map((doc) => doc.id);
  await prisma.document.deleteMany({ where: { id: { in: gone } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter by the tenant"
  const kept = docs.filter((doc) => wantedKeys.has(stampedKey(doc)));
  await prisma.document.updateMany({ where: { id: { in: kept.map((doc) => doc.id) } }, data: { sheet: true } }); // want "updateMany on tenant-scoped \"Document\" does not filter by the tenant"
  const byKey = new Map(docs.map((doc) => [stampedKey(doc), doc]));
  const found = byKey.get(key);
  if (found) {
    await prisma.document.update({ where: { id: found.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
  }
}

// An object holding the row gives it on to whatever reads the object.
function stampedHolderKey(holder: { doc: { id: string } }) {
  holder.doc.id = `${holder.doc.id}-stamped`;
  return holder.doc.id;
}

export async function givenInObject(teamId: string, key: string, wanted: Set<string>) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const gone = docs.filter((doc) => !wanted.has(stampedHolderKey({ doc }))).map((doc) => doc.id);
  await prisma.document.deleteMany({ where: { id: { in: gone } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter by the tenant"
  const byKey = new Map(docs.map((doc) => [stampedHolderKey({ doc }), doc]));
  const found = byKey.get(key);
  if (found) {
    await prisma.document.update({ where: { id: found.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
  }
}
