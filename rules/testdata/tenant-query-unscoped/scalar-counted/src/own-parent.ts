import { prisma } from "./db";

// briefer's restoreDocument: a restored part keeps the parent it was
// read with, or goes to the root when that parent is gone. That parent is
// the linked row of a row found in the tenant, or nothing.
export async function restorePart(id: string, orgId: string) {
  const part = await prisma.attachment.findUniqueOrThrow({ where: { id, orgId }, include: { parent: true } });
  let parent = part.parent;
  if (parent && parent.status === "deleted") {
    parent = null;
  }
  await prisma.attachment.update({ where: { id, orgId }, data: { parentId: parent?.id ?? null, status: "live" } });
  let later;
  later = undefined;
  if (parent) {
    later = part.parent;
  }
  await prisma.attachment.update({ where: { id, orgId }, data: { parentId: later?.id ?? null } });
}

// A let also given a value from the request on one path, or read from a
// row found without the tenant; its object changed; the row's link
// changed after the let read it; the row replaced before the write.
export async function restorePartOther(id: string, otherId: string, orgId: string, body: any) {
  const part = await prisma.attachment.findUniqueOrThrow({ where: { id, orgId }, include: { parent: true } });
  let parent = part.parent;
  if (body.parent) {
    parent = body.parent;
  }
  await prisma.attachment.update({ where: { id, orgId }, data: { parentId: parent?.id ?? null } }); // want "update on \"Attachment\" links a \"Attachment\" by \"parentId\" alone"
  const other = await prisma.attachment.findUniqueOrThrow({ where: { id: otherId }, include: { parent: true } }); // want "findUniqueOrThrow on tenant-scoped \"Attachment\" does not filter by the tenant"
  let theirs = other.parent;
  if (theirs?.status === "deleted") {
    theirs = null;
  }
  await prisma.attachment.update({ where: { id, orgId }, data: { parentId: theirs?.id ?? null } }); // want "update on \"Attachment\" links a \"Attachment\" by \"parentId\" alone"
  let patched = part.parent;
  if (!patched) {
    patched = null;
  }
  Object.assign(patched, body);
  await prisma.attachment.update({ where: { id, orgId }, data: { parentId: patched?.id ?? null } }); // want "update on \"Attachment\" links a \"Attachment\" by \"parentId\" alone"
}

export async function restorePartChanged(id: string, orgId: string, body: any) {
  const part = await prisma.attachment.findUniqueOrThrow({ where: { id, orgId }, include: { parent: true } });
  let parent = part.parent;
  if (parent?.status === "deleted") {
    parent = null;
  }
  part.parent.id = body.parentId;
  await prisma.attachment.update({ where: { id, orgId }, data: { parentId: parent?.id ?? null } }); // want "update on \"Attachment\" links a \"Attachment\" by \"parentId\" alone"
}

export async function restorePartReplaced(id: string, orgId: string, body: any) {
  let part = await prisma.attachment.findUniqueOrThrow({ where: { id, orgId }, include: { parent: true } });
  let other = part.parent;
  if (other?.status === "deleted") {
    other = null;
  }
  part = body.part;
  await prisma.attachment.update({ where: { id, orgId }, data: { parentId: other?.id ?? null } }); // want "update on \"Attachment\" links a \"Attachment\" by \"parentId\" alone"
}

// The row the let reads replaced later in the loop, before the write's
// next turn.
export async function restorePartsLooped(ids: string[], orgId: string, body: any) {
  let part = await prisma.attachment.findUniqueOrThrow({ where: { id: ids[0], orgId }, include: { parent: true } });
  let parent = null;
  for (const id of ids) {
    await prisma.attachment.update({ where: { id, orgId }, data: { parentId: parent?.id ?? null } }); // want "update on \"Attachment\" links a \"Attachment\" by \"parentId\" alone"
    parent = part.parent;
    part = body.parts[id];
  }
}

// The parent aliased, and changed through the alias.
export async function restorePartAliased(id: string, orgId: string, body: any) {
  const part = await prisma.attachment.findUniqueOrThrow({ where: { id, orgId }, include: { parent: true } });
  let parent = part.parent;
  if (parent?.status === "deleted") {
    parent = null;
  }
  const alias = parent;
  Object.assign(alias, body);
  await prisma.attachment.update({ where: { id, orgId }, data: { parentId: parent?.id ?? null } }); // want "update on \"Attachment\" links a \"Attachment\" by \"parentId\" alone"
}

// A let walked up through its own parents: each value is read from the
// let itself, not from the row found in the tenant.
export async function rootOf(id: string, orgId: string) {
  const part = await prisma.attachment.findUniqueOrThrow({ where: { id, orgId }, include: { parent: true } });
  let parent = part.parent;
  if (parent?.status === "deleted") {
    parent = parent.parent;
  }
  await prisma.attachment.update({ where: { id, orgId }, data: { parentId: parent?.id ?? null } }); // want "update on \"Attachment\" links a \"Attachment\" by \"parentId\" alone"
}
