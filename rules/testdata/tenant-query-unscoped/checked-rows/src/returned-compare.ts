declare const prisma: any;
declare function log(...args: any[]): void;

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
