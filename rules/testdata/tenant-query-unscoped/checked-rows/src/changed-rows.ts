declare const prisma: any;

// A row is changed by calls as well as by assignments. Copying from it,
// adding to another list, or adding after the last use leaves it proven.
export async function kept(teamId: string, id: string, other: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  const copy = Object.assign({}, doc);
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: !copy.sheet } });
  const docs = await prisma.document.findMany({ where: { teamId } });
  const more = [...docs];
  more.push(other);
  for (const d of docs) {
    await prisma.document.update({ where: { id: d.id }, data: { sheet: true } });
  }
  await prisma.document.updateMany({ where: { id: { in: docs.map((d: any) => d.id) } }, data: { sheet: true } });
  docs.push(other);
}

// The twins: the row is given other keys, or the rows get a stranger.
export async function changed(teamId: string, id: string, input: any, other: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  Object.assign(doc, input);
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
  const docs = await prisma.document.findMany({ where: { teamId } });
  docs.push(other);
  for (const d of docs) {
    await prisma.document.update({ where: { id: d.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
  }
  await prisma.document.updateMany({ where: { id: { in: docs.map((d: any) => d.id) } }, data: { sheet: true } }); // want "updateMany on tenant-scoped \"Document\" does not filter by the tenant"
  const listed = await prisma.document.findMany({ where: { teamId } });
  for (const d of listed) {
    await prisma.document.update({ where: { id: d.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
    listed.splice(0, 0, other);
  }
}
