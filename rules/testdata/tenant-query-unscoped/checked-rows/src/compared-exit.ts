declare const prisma: any;
declare function log(...args: any[]): void;

// A row fetched by id is checked when the function leaves whenever the
// row is another tenant's, before it is used.
export async function exits(teamId: string, id: string, ids: string[], allowed: string[]) {
  const a = await prisma.document.findUnique({ where: { id } });
  if (!a || a.teamId !== teamId) throw new Error("not found");
  const b = await prisma.document.findUnique({ where: { id } });
  if (b && b.teamId !== teamId) return null;
  const c = await prisma.document.findUnique({ where: { id } });
  if (c.teamId === teamId) {
    log(c);
  } else {
    return null;
  }
  try {
    const d = await prisma.document.findUnique({ where: { id } });
    if (d.teamId !== teamId) throw new Error("not found");
    log(d);
  } catch (cause) {
    throw new Error("forbidden", { cause });
  }
  for (const each of ids) {
    const e = await prisma.document.findUnique({ where: { id: each } });
    if (e.teamId !== teamId) continue;
    log(e);
  }
  const f = await prisma.document.findUnique({ where: { id } });
  if (!allowed.includes(f.teamId)) return null;
  return [a, b, c, f];
}

// A comparison that does not make the function leave checks nothing.
export async function stays(teamId: string, id: string, ids: string[], allowed: string[]) {
  const a = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  if (a.teamId !== teamId) log("another team's document");
  const b = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  if (b.teamId === teamId) return b;
  const c = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  const check = () => {
    if (c.teamId !== teamId) throw new Error("not found");
  };
  try {
    // The function goes on past the catch, but the row is a const of
    // the try's body: its one use after the check is skipped by the
    // throw, and nothing past the body can name it, so the lookup is
    // proven (the writes after such a try are not: compared-shapes).
    const d = await prisma.document.findUnique({ where: { id } });
    if (d.teamId !== teamId) throw new Error("not found");
    log(d);
  } catch (cause) {
    log(cause);
  }
  let d2;
  try {
    d2 = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
    if (d2.teamId !== teamId) throw new Error("not found");
  } catch (cause) {
    log(cause);
  }
  const e = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  if (e.sheet && e.teamId !== teamId) throw new Error("not found");
  const f = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  for (const each of ids) {
    if (f.teamId !== each) break;
  }
  const g = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  if (allowed.includes(g.teamId)) return g;
  return [a, b, c, d2, e, f, g, check];
}

// A write in the branch where the row is the team's, the lookup kept by
// it, proves nothing for the other branch's.
export async function otherBranchWrite(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  if (!doc) return;
  if (doc.teamId === teamId) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } });
  } else {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: false } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
}
