declare const prisma: any;

// A computed write reaches the checked row through a name it is given by
// `??`, `||`, `&&` or a ternary, a list literal handed to a loop, a
// callback or a destructuring, or an object literal holding it.
export async function fallback(teamId: string, id: string, k: string, other: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  const d = doc ?? other;
  d[k] = other.id;
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
}

export async function chosen(teamId: string, id: string, k: string, other: any, f: boolean) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  const d = f ? other : doc;
  d[k] = other.id;
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
}

export async function looped(teamId: string, id: string, k: string, other: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  for (const d of [doc]) d[k] = other.id;
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
}

export async function calledBack(teamId: string, id: string, k: string, other: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  [other, doc].forEach((d: any) => { d[k] = other.id; });
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
}

export async function destructured(teamId: string, id: string, k: string, other: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  const [d] = [doc];
  d[k] = other.id;
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
}

export async function boxed(teamId: string, id: string, k: string, other: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  const box = { doc, meta: {} as Record<string, string> };
  box.doc[k] = other.id;
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
}

// The twins: the name holds something else, or the write fills another
// member of the holder.
export async function keptApart(teamId: string, id: string, k: string, other: any, f: boolean) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  const d = other ?? {};
  d[k] = other.id;
  const e = f ? other : {};
  e[k] = other.id;
  for (const x of [other]) x[k] = other.id;
  const [y] = [other];
  y[k] = other.id;
  const box = { doc, meta: {} as Record<string, string> };
  box.meta[k] = other.id;
  box[k as "meta"] = other.meta;
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } });
}
