import { prisma } from "./db";

type Body = { name: string; parentId?: number | "root"; move?: boolean };

// The parent is connected only under the conditions of the ifs whose
// innermost branch compared it with the owner (linkwarden's collection
// update), in a $transaction callback made after them.
export async function updateCollection(userId: number, collectionId: number, data: Body) {
  if (data.parentId) {
    if (data.parentId !== "root") {
      const parent = await prisma.collection.findUnique({ where: { id: data.parentId }, select: { ownerId: true } });
      if (parent?.ownerId !== userId) return { status: 403 };
    }
  }
  return prisma.$transaction(async () => {
    return prisma.collection.update({
      where: { id: collectionId, ownerId: userId },
      data: {
        name: data.name,
        parent:
          data.parentId && data.parentId !== "root"
            ? { connect: { id: data.parentId } }
            : data.parentId === "root"
              ? { disconnect: true }
              : undefined,
      },
    });
  });
}

// One if with both parts, the connect written in the same function under
// one of them only.
export async function moveCollection(userId: number, collectionId: number, data: Body) {
  if (data.parentId !== "root" && data.move) {
    const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
    if (!parent || parent.ownerId !== userId) throw new Error("not yours");
  }
  await prisma.collection.update({
    where: { id: collectionId, ownerId: userId },
    data: { parent: data.move ? { connect: { id: data.parentId } } : undefined }, // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
  });
}

// The compared branch is taken under a part the connect's condition
// does not hold.
export async function updateUnderOther(userId: number, collectionId: number, data: Body) {
  if (data.move) {
    const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
    if (parent?.ownerId !== userId) return { status: 403 };
  }
  return prisma.collection.update({
    where: { id: collectionId, ownerId: userId },
    data: { parent: data.parentId ? { connect: { id: data.parentId } } : undefined }, // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
  });
}

// The inner branch is only part of what the outer one does: its test is
// not a part of the connect's condition.
export async function updateUnderExtraTest(userId: number, collectionId: number, data: Body, strict: boolean) {
  if (data.parentId) {
    if (strict) {
      const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
      if (parent?.ownerId !== userId) return { status: 403 };
    }
  }
  return prisma.collection.update({
    where: { id: collectionId, ownerId: userId },
    data: { parent: data.parentId ? { connect: { id: data.parentId } } : undefined }, // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
  });
}

// The condition's path given another value after the if.
export async function updateReassigned(userId: number, collectionId: number, data: Body, next: Body) {
  if (data.parentId) {
    const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
    if (parent?.ownerId !== userId) return { status: 403 };
  }
  data = next;
  return prisma.collection.update({
    where: { id: collectionId, ownerId: userId },
    data: { parent: data.parentId ? { connect: { id: data.parentId } } : undefined }, // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
  });
}

// A condition that calls a function may differ from one test to the next.
export async function updateCalled(userId: number, collectionId: number, data: Body, pick: () => boolean) {
  if (pick()) {
    const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
    if (parent?.ownerId !== userId) return { status: 403 };
  }
  return prisma.collection.update({
    where: { id: collectionId, ownerId: userId },
    data: { parent: pick() ? { connect: { id: data.parentId } } : undefined }, // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
  });
}

// Connected in the other side of the choice: written when the part fails.
export async function updateOtherSide(userId: number, collectionId: number, data: Body) {
  if (data.parentId) {
    const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
    if (parent?.ownerId !== userId) return { status: 403 };
  }
  return prisma.collection.update({
    where: { id: collectionId, ownerId: userId },
    data: { parent: !data.parentId ? undefined : { connect: { id: data.parentId } } }, // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
  });
}

// The choice made in a callback whose parameter has the name the if
// tested: another value.
export async function updateEach(userId: number, data: Body, items: Body[]) {
  if (data.parentId) {
    const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
    if (parent?.ownerId !== userId) return { status: 403 };
  }
  await prisma.user.update({
    where: { id: userId },
    data: {
      collections: {
        create: items.map((data) => ({ name: data.name, parent: data.parentId ? { connect: { id: data.parentId } } : undefined })), // want "update on \"User\" links a \"Collection\" by \\{ id \\} alone"
      },
    },
  });
}

// The choice made before the if, in a const: its parts were read before
// the if tested them.
export async function updatePrepared(userId: number, collectionId: number, data: Body) {
  const parentLink = data.parentId ? { connect: { id: data.parentId } } : undefined; // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
  if (data.parentId) {
    const parent = await prisma.collection.findUnique({ where: { id: data.parentId } });
    if (parent?.ownerId !== userId) return { status: 403 };
  }
  return prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: parentLink } });
}
