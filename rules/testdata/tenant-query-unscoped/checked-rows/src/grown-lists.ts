declare const prisma: any;

// The team's rows, or their ids, given another element before the call:
// the list no longer holds only what the query returned.
export async function mappedThenPushed(teamId: string, other: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const ids = docs.map((d: any) => d.id);
  ids.push(other);
  await prisma.document.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter by the tenant"
}

export async function rowsPushed(teamId: string, other: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  docs.push(other);
  await prisma.document.deleteMany({ where: { id: { in: docs.map((d: any) => d.id) } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter by the tenant"
}

export async function rowsSpliced(teamId: string, other: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  docs.splice(0, 0, other);
  for (const d of docs) {
    await prisma.document.delete({ where: { id: d.id } }); // want "delete on tenant-scoped \"Document\" does not filter by the tenant"
  }
}

export async function narrowedThenSet(teamId: string, other: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const sheets = docs.filter((d: any) => d.sheet);
  sheets[0] = { id: other };
  await prisma.link.deleteMany({ where: { documentId: { in: sheets.map((d: any) => d.id) } } }); // want "deleteMany on tenant-scoped \"Link\" does not filter by the tenant"
}

export async function letGivenOther(teamId: string, other: any[]) {
  let docs = await prisma.document.findMany({ where: { teamId } });
  docs = other;
  for (const d of docs) {
    await prisma.document.delete({ where: { id: d.id } }); // want "delete on tenant-scoped \"Document\" does not filter by the tenant"
  }
}

// Twins: the same lists only read, reordered, or another list grown.
export async function mappedOnly(teamId: string, other: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const ids = docs.map((d: any) => d.id);
  const extra = [other];
  extra.push(other);
  ids.sort();
  await prisma.document.deleteMany({ where: { id: { in: ids } } });
  for (const d of docs) {
    await prisma.document.delete({ where: { id: d.id } });
  }
  const sheets = docs.filter((d: any) => d.sheet);
  await prisma.link.deleteMany({ where: { documentId: { in: sheets.map((d: any) => d.id) } } });
  return extra;
}

export async function letKept(teamId: string) {
  let docs = await prisma.document.findMany({ where: { teamId } });
  for (const d of docs) {
    await prisma.document.delete({ where: { id: d.id } });
  }
  docs = [];
  return docs;
}
