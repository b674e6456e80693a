declare const prisma: any;

// The unique business id names one row, as the pk does: looked up with
// the user's uid, it names the user's row.
export async function deleteCanvas(uid: string, canvasId: string) {
  const canvas = await prisma.canvas.findFirst({ where: { canvasId, uid, deletedAt: null } });
  if (!canvas) throw new Error("not found");
  await prisma.canvas.update({ where: { canvasId }, data: { deletedAt: new Date() } });
  await prisma.canvas.update({ where: { canvasId: canvas.canvasId }, data: { title: "" } });
}

// A unique key that links to a parent is proven through the parent's row.
export async function brandOf(uid: string, canvasId: string) {
  const canvas = await prisma.canvas.findFirst({ where: { canvasId, uid } });
  if (!canvas) throw new Error("not found");
  return prisma.brand.findFirst({ where: { canvasId } });
}

// Near misses: an optional unique key looked up as null matches every
// row that leaves it empty; a key that is not unique names many rows; a
// key never looked up proves nothing.
export async function optionalKey(uid: string, shareCode: string | null) {
  const canvas = await prisma.canvas.findFirst({ where: { shareCode, uid } });
  if (!canvas) throw new Error("not found");
  await prisma.canvas.updateMany({ where: { shareCode }, data: { title: "" } }); // want "updateMany on tenant-scoped \"Canvas\" does not filter by the tenant"
}

export async function notUnique(uid: string, title: string) {
  const canvas = await prisma.canvas.findFirst({ where: { title, uid } });
  if (!canvas) throw new Error("not found");
  await prisma.canvas.updateMany({ where: { title }, data: { deletedAt: new Date() } }); // want "updateMany on tenant-scoped \"Canvas\" does not filter by the tenant"
}

export async function notLookedUp(uid: string, canvasId: string) {
  const canvas = await prisma.canvas.findFirst({ where: { uid } });
  if (!canvas) throw new Error("not found");
  await prisma.canvas.update({ where: { canvasId }, data: { deletedAt: new Date() } }); // want "update on tenant-scoped \"Canvas\" does not filter by the tenant"
}
