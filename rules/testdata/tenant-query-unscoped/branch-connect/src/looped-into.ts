import { prisma } from "./db";

type Body = { name: string; parentId: number };

// A for-of whose target is the checked key assigns it each element.
export async function loopedInto(userId: number, collectionId: number, data: Body, ids: number[]) {
  const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
  if (parent?.ownerId !== userId) return { status: 403 };
  for (data.parentId of ids) break;
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: data.parentId } } } }); // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
}

// The twin: a loop that only reads the key.
export async function loopedOver(userId: number, collectionId: number, data: Body) {
  const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
  if (parent?.ownerId !== userId) return { status: 403 };
  for (const id of [data.parentId]) console.log(id);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: data.parentId } } } });
}
