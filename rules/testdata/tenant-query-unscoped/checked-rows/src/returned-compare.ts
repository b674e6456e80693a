declare const prisma: any;
declare function log(...args: any[]): void;
declare let cache: any;

// A guard that reads a row only to return whether it is the tenant's:
// the comparison is all that leaves the function, as with `if (…) return
// false; return true;`. Each has a near-miss twin that lets more of the
// row out, or uses it before the test, and still reports.

export class OwnerGuard {
  async canActivate(context: any) {
    const request = context.switchToHttp().getRequest();
    const { id } = request.params;
    const doc = await prisma.document.findUnique({ where: { id } });
    if (!doc) return false;
    return doc.teamId == (request.user as any).teamId;
  }
}

export async function owns(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } });
  return doc && doc.teamId === teamId;
}

export async function ownsNot(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc) {
    throw new Error("not found");
  }
  return !(doc.teamId !== teamId);
}

export class OwnerOrPublicGuard {
  async canActivate(context: any) {
    const request = context.switchToHttp().getRequest();
    const { id } = request.params;
    const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
    if (!doc) return false;
    return doc.teamId == (request.user as any).teamId || doc.sheet;
  }
}

export async function ownsAndName(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  return doc.sheet && doc.teamId === teamId;
}

export async function usedFirst(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  log(doc);
  return doc.teamId === teamId;
}

export async function leavesWithRow(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  if (!doc) throw new Error(doc);
  return doc.teamId === teamId;
}

export async function inCallback(ids: string[], teamId: string) {
  return Promise.all(ids.map(async (id) => {
    const doc = await prisma.document.findUnique({ where: { id } });
    return doc.teamId === teamId;
  }));
}

export async function callbackReturn(id: string, teamId: string, items: any[]) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  items.forEach(() => {
    return doc.teamId === teamId;
  });
  return doc;
}

// A return that yields the row when a mismatch holds, and rows that
// something else reads: another declarator, an outer call, a finally
// reading a var, a closure made before the declaration. Twins: the row
// after a match, or as its presence test.
export async function rowOnMismatch(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  return doc && doc.teamId !== teamId && doc;
}

export async function presentOnMatch(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } });
  return doc.teamId === teamId && doc != null;
}

export async function secondDeclarator(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } }), copy = (cache = doc); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  return doc.teamId === teamId;
}

export async function assignedInCall(id: string, teamId: string) {
  let doc: any;
  log(doc = await prisma.document.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  return doc.teamId === teamId;
}

export async function varInTry(id: string, teamId: string) {
  try {
    var doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
    return doc.teamId === teamId;
  } finally {
    log(doc);
  }
}

export async function closureBefore(id: string, teamId: string) {
  setTimeout(() => log(doc), 100);
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  return doc.teamId === teamId;
}

export async function letInTry(id: string, teamId: string) {
  log(id);
  try {
    let doc = await prisma.document.findUnique({ where: { id } });
    return doc.teamId === teamId;
  } finally {
    log(id);
  }
}
