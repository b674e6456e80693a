import { prisma } from "./db";

type Body = { name: string; parentId?: number | "root" };

// Rewrites the parent the caller asked for.
function normalize(body: Body, fallback: number) {
  body.parentId = fallback;
}

// The body is read, not handed on, after the parent was checked.
export async function moveChecked(userId: number, collectionId: number, data: Body) {
  if (data.parentId) {
    if (data.parentId !== "root") {
      const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
      if (parent?.ownerId !== userId) return { status: 403 };
    }
  }
  console.log(data.name);
  await prisma.collection.update({
    where: { id: collectionId, ownerId: userId },
    data: { parent: data.parentId && data.parentId !== "root" ? { connect: { id: data.parentId } } : undefined },
  });
}

// The body handed to a call after the check: its parent may be another.
export async function moveNormalized(userId: number, collectionId: number, data: Body, fallback: number) {
  if (data.parentId) {
    if (data.parentId !== "root") {
      const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
      if (parent?.ownerId !== userId) return { status: 403 };
    }
  }
  normalize(data, fallback);
  await prisma.collection.update({
    where: { id: collectionId, ownerId: userId },
    data: { parent: data.parentId && data.parentId !== "root" ? { connect: { id: data.parentId } } : undefined }, // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
  });
}

// Another name for the body, written after the check.
export async function moveAliased(userId: number, collectionId: number, data: Body, fallback: number) {
  const body = data;
  if (data.parentId) {
    if (data.parentId !== "root") {
      const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
      if (parent?.ownerId !== userId) return { status: 403 };
    }
  }
  body.parentId = fallback;
  await prisma.collection.update({
    where: { id: collectionId, ownerId: userId },
    data: { parent: data.parentId && data.parentId !== "root" ? { connect: { id: data.parentId } } : undefined }, // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
  });
}

// The body handed on through a cast, and as a branch of a choice, after
// the check.
export async function moveNormalizedCast(userId: number, collectionId: number, data: Body, fallback: number, other: Body) {
  if (data.parentId) {
    if (data.parentId !== "root") {
      const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
      if (parent?.ownerId !== userId) return { status: 403 };
    }
  }
  normalize(fallback > 0 ? (data as Body) : other, fallback);
  await prisma.collection.update({
    where: { id: collectionId, ownerId: userId },
    data: { parent: data.parentId && data.parentId !== "root" ? { connect: { id: data.parentId } } : undefined }, // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
  });
}

// Another name for the body, through a cast, written after the check.
export async function moveAliasedCast(userId: number, collectionId: number, data: Body, fallback: number) {
  const body = data as Body;
  if (data.parentId) {
    if (data.parentId !== "root") {
      const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
      if (parent?.ownerId !== userId) return { status: 403 };
    }
  }
  body.parentId = fallback;
  await prisma.collection.update({
    where: { id: collectionId, ownerId: userId },
    data: { parent: data.parentId && data.parentId !== "root" ? { connect: { id: data.parentId } } : undefined }, // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
  });
}

// The body's name only read, through a cast, after the check.
export async function moveCheckedCast(userId: number, collectionId: number, data: Body) {
  if (data.parentId) {
    if (data.parentId !== "root") {
      const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
      if (parent?.ownerId !== userId) return { status: 403 };
    }
  }
  console.log((data as Body).name, data.parentId === "root" ? "top" : "nested");
  await prisma.collection.update({
    where: { id: collectionId, ownerId: userId },
    data: { parent: data.parentId && data.parentId !== "root" ? { connect: { id: data.parentId } } : undefined },
  });
}
