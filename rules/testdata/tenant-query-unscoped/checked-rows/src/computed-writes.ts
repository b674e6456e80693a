declare const prisma: any;

// A key set through a computed name after the check: k may be "id". It
// counts when it writes into the row, a name given the row, or an element
// of the rows, and not when it fills a dictionary of the function's own or
// names another field.
export async function kept(teamId: string, id: string, k: string, other: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  const byKey: Record<string, string> = {};
  byKey[k] = other.id;
  const d = doc;
  d["name"] = other.name;
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } });
  const docs = await prisma.document.findMany({ where: { teamId } });
  const counts = docs.reduce((acc: Record<string, number>, row: any) => {
    acc[k] = row.id;
    return acc;
  }, {});
  await prisma.document.updateMany({ where: { id: { in: docs.map((row: any) => row.id) } }, data: { sheet: !counts } });
}

// The twins: each computed write reaches the row or its rows.
export async function aliased(teamId: string, id: string, k: string, other: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  const d = doc;
  d[k] = other.id;
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
}

export async function named(teamId: string, id: string, other: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  const d = doc;
  d["id"] = other.id;
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
}

export async function inCallback(teamId: string, k: string, other: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  docs.forEach((row: any) => {
    row[k] = other.id;
  });
  await prisma.document.updateMany({ where: { id: { in: docs.map((row: any) => row.id) } }, data: { sheet: true } }); // want "updateMany on tenant-scoped \"Document\" does not filter by the tenant"
}

export async function inReduce(teamId: string, k: string, other: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  docs.reduce((acc: number, row: any) => {
    row[k] = other.id;
    return acc + 1;
  }, 0);
  await prisma.document.updateMany({ where: { id: { in: docs.map((row: any) => row.id) } }, data: { sheet: true } }); // want "updateMany on tenant-scoped \"Document\" does not filter by the tenant"
}

// A literal name written on the row itself is that field: another field
// leaves the key proven, the key's own name does not.
export async function otherField(teamId: string, id: string, other: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  doc["sheet"] = other.sheet;
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } });
}

export async function ownField(teamId: string, id: string, other: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  doc["id"] = other.id;
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
}
