declare const prisma: any;

// A row thrown, or handed to a promise's reject or resolve or a handler's
// next, before its comparison with the tenant leaves unchecked on that
// path: the caller catches or receives it. The fetch is reported.
export async function thrown(id: string, teamId: string, raw: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  if (raw) throw doc;
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

export async function thrownInObject(id: string, teamId: string, raw: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  const failure = { doc };
  if (raw) throw failure;
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

export async function thrownMessage(id: string, teamId: string, raw: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  if (raw) throw new Error(`found ${doc?.name}`);
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

export function rejected(id: string, teamId: string, raw: boolean) {
  return new Promise(async (resolve, reject) => {
    const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
    if (raw) reject(doc);
    if (!doc || doc.teamId !== teamId) return reject(new Error("not found"));
    resolve(doc);
  });
}

export function resolved(id: string, teamId: string, raw: boolean) {
  return new Promise(async (resolve, reject) => {
    const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
    if (raw) resolve(doc);
    if (!doc || doc.teamId !== teamId) return reject(new Error("not found"));
    resolve(doc);
  });
}

export async function nextHandler(req: any, res: any, next: (err: unknown) => void) {
  const doc = await prisma.document.findUnique({ where: { id: req.params.id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  if (req.query.raw) next(doc);
  if (!doc || doc.teamId !== req.user.teamId) return res.status(404).end();
  res.json(doc);
}

// The twins: thrown or handed on after the comparison, or a throw and a
// reject that do not read the row.
export async function thrownAfter(id: string, teamId: string, raw: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  if (raw) throw doc;
  return doc;
}

export function rejectedAfter(id: string, teamId: string, raw: boolean) {
  return new Promise(async (resolve, reject) => {
    const doc = await prisma.document.findUnique({ where: { id } });
    if (raw) reject(new Error(`no ${id}`));
    if (!doc || doc.teamId !== teamId) return reject(new Error("not found"));
    resolve(doc);
  });
}

export async function nextAfter(req: any, res: any, next: (err: unknown) => void) {
  const doc = await prisma.document.findUnique({ where: { id: req.params.id } });
  if (req.query.raw) next(new Error("raw"));
  if (!doc || doc.teamId !== req.user.teamId) return res.status(404).end();
  next(doc);
}

// Thrown by a hoisted function or one called where it stands, rejected by
// Promise.reject, or yielded to the generator's reader before the check.
export async function thrownHoisted(id: string, teamId: string, raw: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  if (raw) fail();
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
  function fail() {
    throw doc;
  }
}

export async function thrownCalled(id: string, teamId: string, raw: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  if (raw) (() => { throw doc; })();
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

export async function promiseRejected(id: string, teamId: string, raw: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  if (raw) await Promise.reject(doc);
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

export async function* yielded(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  yield doc;
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

// Twin: a value returned by a function called where it stands stays in
// this one.
export async function returnedInside(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } });
  const name = (() => { return doc?.name; })();
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return { doc, name };
}
