import { prisma } from "./db";

type Body = { name: string; parentId: number };

function normalize(body: unknown) {
  (body as Body).parentId = 0;
}
function log(value: unknown) {
  console.log(value);
}
class Normalizer {
  constructor(body: Body) {
    body.parentId = 0;
  }
}

// A name given the body before the check, handed on after it: the body
// the write reads may hold another parent.
export async function aliasedFirst(userId: number, collectionId: number, data: Body) {
  const alias = data;
  const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
  if (parent?.ownerId !== userId) return { status: 403 };
  normalize(alias);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: data.parentId } } } }); // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
}

export async function heldFirst(userId: number, collectionId: number, data: Body) {
  const box = { d: data, tag: "x" };
  const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
  if (parent?.ownerId !== userId) return { status: 403 };
  normalize(box.d);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: data.parentId } } } }); // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
}

export async function listedFirst(userId: number, collectionId: number, data: Body) {
  const list = [data];
  const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
  if (parent?.ownerId !== userId) return { status: 403 };
  list.forEach(normalize);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: data.parentId } } } }); // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
}

// A constructor given it after the check.
export async function constructed(userId: number, collectionId: number, data: Body) {
  const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
  if (parent?.ownerId !== userId) return { status: 403 };
  new Normalizer(data);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: data.parentId } } } }); // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
}

// The twins: the names are only read after the check, or hold another
// member; the constructor is given the key, which it cannot change.
export async function readAfter(userId: number, collectionId: number, data: Body) {
  const alias = data;
  const box = { d: data, tag: "x" };
  const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
  if (parent?.ownerId !== userId) return { status: 403 };
  log(alias.name);
  normalize(box.tag);
  log(new Date(data.parentId));
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: data.parentId } } } });
}
