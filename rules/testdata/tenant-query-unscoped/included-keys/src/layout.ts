import { prisma } from "./db";

type Item = { collectionId?: number; enabled: boolean; order: number };

// Sections kept only when their collection is among the user's (or they
// show none); the list of ids is the user's collections' ids whenever it
// holds any.
export async function saveLayout(userId: number, data: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds && collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  let kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  await prisma.$transaction(async (tx) => {
    const rows = kept.filter((item) => item.enabled).map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order }));
    await tx.section.createMany({ data: rows });
  });
}

// Without the test for any ids the list keeps the caller's.
export async function saveLayoutAlways(userId: number, data: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (data.length > 1) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  const kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) }); // want "createMany on \"Section\" links a \"Collection\" by \"collectionId\" alone"
}

// The ids found without the owner.
export async function saveLayoutAnyOwner(userId: number, data: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] } } })).map((c) => c.id); // want "findMany on tenant-scoped \"Collection\""
  }
  const kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) }); // want "createMany on \"Section\" links a \"Collection\" by \"collectionId\" alone"
}

// The filter keeps an element whose key is not in the list.
export async function saveLayoutNegated(userId: number, data: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  const kept = data.filter((item) => (item.collectionId ? !collectionIds.includes(item.collectionId) : true));
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) }); // want "createMany on \"Section\" links a \"Collection\" by \"collectionId\" alone"
}

// The filter runs before the list is narrowed.
export async function saveLayoutEarly(userId: number, data: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  const kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  if (collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) }); // want "createMany on \"Section\" links a \"Collection\" by \"collectionId\" alone"
}

// An element's key changed after the filter.
export async function saveLayoutChanged(userId: number, data: Item[], other: number) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  const kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  kept.forEach((item) => {
    item.collectionId = other;
  });
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) }); // want "createMany on \"Section\" links a \"Collection\" by \"collectionId\" alone"
}

// The list given the caller's ids again after the if.
export async function saveLayoutRefilled(userId: number, data: Item[], extra: number[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  collectionIds.push(...extra);
  const kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) }); // want "createMany on \"Section\" links a \"Collection\" by \"collectionId\" alone"
}

// An element whose key is empty is kept, and written as it is: a key 0
// links the row 0.
export async function saveLayoutZero(userId: number, data: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  const kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId, order: item.order })) }); // want "createMany on \"Section\" links a \"Collection\" by \"collectionId\" alone"
}

// Kept only when included: no empty key passes.
export async function saveLayoutIncluded(userId: number, data: Item[]) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  const kept = data.filter((item) => collectionIds.includes(item.collectionId));
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId, order: item.order })) });
}

// Handed to a function that may add to it before the filter.
export async function saveLayoutHanded(userId: number, data: Item[], more: (ids: unknown[]) => void) {
  let collectionIds = data.map((s) => s.collectionId).filter((id) => id !== undefined);
  if (collectionIds.length > 0) {
    collectionIds = (await prisma.collection.findMany({ where: { id: { in: collectionIds as number[] }, ownerId: userId } })).map((c) => c.id);
  }
  more(collectionIds);
  const kept = data.filter((item) => (item.collectionId ? collectionIds.includes(item.collectionId) : true));
  await prisma.section.createMany({ data: kept.map((item) => ({ userId, collectionId: item.collectionId || null, order: item.order })) }); // want "createMany on \"Section\" links a \"Collection\" by \"collectionId\" alone"
}
