import { prisma } from "./db";

type Item = { collectionId?: number; enabled: boolean; order: number };

// The kept list only read: its sections are the user's collections' or none.
export async function saveLayoutRead(userId: number, data: Item[], patch: Partial<Item>, extra: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds && collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  let kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  const shown = kept.filter((item) => item.enabled).length;
  console.log(shown);
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) });
}

// Each kept section patched after the filter: its key may be another.
export async function saveLayoutPatched(userId: number, data: Item[], patch: Partial<Item>, extra: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds && collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  let kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  kept.forEach((item) => Object.assign(item, patch));
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) }); // want "createMany on \"Section\" links a \"Collection\" by \"collectionId\" alone"
}

// A section of the caller's list patched through the list the filter read.
export async function saveLayoutPatchedSource(userId: number, data: Item[], patch: Partial<Item>, extra: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds && collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  let kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  Object.assign(data[0], patch);
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) }); // want "createMany on \"Section\" links a \"Collection\" by \"collectionId\" alone"
}

// A key given by a pattern assignment.
export async function saveLayoutPattern(userId: number, data: Item[], patch: Partial<Item>, extra: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds && collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  let kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  kept.forEach((item) => {
    ({ collectionId: item.collectionId } = patch);
  });
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) }); // want "createMany on \"Section\" links a \"Collection\" by \"collectionId\" alone"
}

// The kept list handed on under another name, then added to.
export async function saveLayoutAliased(userId: number, data: Item[], patch: Partial<Item>, extra: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds && collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  let kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  const all = kept;
  all.push(...extra);
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) }); // want "createMany on \"Section\" links a \"Collection\" by \"collectionId\" alone"
}

// Sections copied onto the kept list by Object.assign.
export async function saveLayoutAssigned(userId: number, data: Item[], patch: Partial<Item>, extra: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds && collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  let kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  Object.assign(kept, extra);
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) }); // want "createMany on \"Section\" links a \"Collection\" by \"collectionId\" alone"
}

// The kept list handed to a call that may add to it.
export async function saveLayoutHanded(userId: number, data: Item[], patch: Partial<Item>, extra: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds && collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  let kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  addDefaults({ kept, extra });
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) }); // want "createMany on \"Section\" links a \"Collection\" by \"collectionId\" alone"
}

function addDefaults(lists: { kept: Item[]; extra: Item[] }) {
  lists.kept.push(...lists.extra);
}

declare function normalize(items: Item[]): void;
declare function normalizeOne(item: Item): void;

// The caller's list, whose sections the kept list holds, handed to a call
// that may change their keys.
export async function saveLayoutSourceHanded(userId: number, data: Item[], patch: Partial<Item>, extra: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds && collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  let kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  normalize(data);
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) }); // want "createMany on \"Section\" links a \"Collection\" by \"collectionId\" alone"
}

// Each kept section handed to a call that may change its key.
export async function saveLayoutItemHanded(userId: number, data: Item[], patch: Partial<Item>, extra: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds && collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  let kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  kept.forEach((item) => normalizeOne(item));
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) }); // want "createMany on \"Section\" links a \"Collection\" by \"collectionId\" alone"
}

// Only values read from the caller's list and the sections handed on.
export async function saveLayoutSourceRead(userId: number, data: Item[], patch: Partial<Item>, extra: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds && collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  let kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  console.log(data.length, JSON.stringify(data));
  kept.forEach((item) => console.log(item.order));
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) });
}

// A section of the caller's list handed to a call that may change its key.
export async function saveLayoutElementHanded(userId: number, data: Item[], patch: Partial<Item>, extra: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds && collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  let kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  normalizeOne(data[0]);
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) }); // want "createMany on \"Section\" links a \"Collection\" by \"collectionId\" alone"
}

// A section of the caller's list only logged, and another value handed on.
export async function saveLayoutElementRead(userId: number, data: Item[], patch: Partial<Item>, extra: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds && collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  let kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  console.log(data[0]);
  normalizeOne(patch as Item);
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) });
}
