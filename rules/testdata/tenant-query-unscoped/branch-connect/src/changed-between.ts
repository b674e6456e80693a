import { prisma } from "./db";

type Body = { name: string; parentId: number };
type Input = { name: string; data: Body };

// Rewrites the parent the caller asked for, now or later.
function normalize(body: unknown) {
  (body as Body).parentId = 0;
}
async function normalizeLater(body: unknown) {
  (body as Body).parentId = 0;
}
function log(value: unknown) {
  console.log(value);
}

const W = "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone";

// Checked outside a branch, then handed to a call: its parent may be another.
export async function compared(userId: number, collectionId: number, data: Body) {
  const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
  if (parent?.ownerId !== userId) return { status: 403 };
  normalize(data);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: data.parentId } } } }); // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
}

// Handed on before the check: the check saw what the call made of it.
export async function normalizedFirst(userId: number, collectionId: number, data: Body) {
  normalize(data);
  const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
  if (parent?.ownerId !== userId) return { status: 403 };
  log(data.parentId);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: data.parentId } } } });
}

// A call started before the check and awaited after it may finish its
// change in between.
export async function awaitedLater(userId: number, collectionId: number, data: Body) {
  const pending = normalizeLater(data);
  const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
  if (parent?.ownerId !== userId) return { status: 403 };
  await pending;
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: data.parentId } } } }); // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
}

// Looked up with the tenant, then changed by a method of its own.
export async function method(userId: number, collectionId: number, data: Body & { reset(): void }) {
  const parent = await prisma.collection.findFirst({ where: { id: data.parentId, ownerId: userId } });
  if (!parent) return { status: 404 };
  data.reset();
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: data.parentId } } } }); // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
}

// Put in another object, which is handed on.
export async function held(userId: number, collectionId: number, data: Body) {
  const parent = await prisma.collection.findFirst({ where: { id: data.parentId, ownerId: userId } });
  if (!parent) return { status: 404 };
  const copy = { body: data };
  normalize(copy.body);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: data.parentId } } } }); // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
}

// The object holding the body handed on.
export async function outer(userId: number, collectionId: number, input: Input) {
  const parent = await prisma.collection.findFirst({ where: { id: input.data.parentId, ownerId: userId } });
  if (!parent) return { status: 404 };
  normalize(input);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: input.data.parentId } } } }); // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
}

// Only the key and another field are handed on: neither holds the key.
export async function readOnly(userId: number, collectionId: number, input: Input) {
  const parent = await prisma.collection.findFirst({ where: { id: input.data.parentId, ownerId: userId } });
  if (!parent) return { status: 404 };
  log(input.data.parentId);
  log(input.name);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: input.data.parentId } } } });
}

// Nothing between the lookup and the write.
export async function plain(userId: number, collectionId: number, data: Body) {
  const parent = await prisma.collection.findFirst({ where: { id: data.parentId, ownerId: userId } });
  if (!parent) return { status: 404 };
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: data.parentId } } } });
}
