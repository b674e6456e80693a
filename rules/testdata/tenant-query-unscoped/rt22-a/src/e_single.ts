import { prisma } from "./db";

// A single parent compared through an optional link, against a value that may be missing:
// a request with no action matches a caller with no tenant.
export async function oneLooseMissing(requestId: string, organizationId?: string) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  if (!req || req.action?.organizationId != organizationId) return null;
  return req;
}

export async function oneStrictMissing(requestId: string, organizationId?: string) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  if (!req || req.action?.organizationId !== organizationId) return null;
  return req;
}

export async function oneUsedBefore(organizationId: string, requestId: string, out: unknown[]) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  out.push(req);
  if (!req || req.action?.organizationId !== organizationId) return null;
  return req;
}

// twin: the value that may be missing is required first.
export async function oneGuardedMissing(requestId: string, organizationId?: string) {
  if (!organizationId) throw new Error("no tenant");
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } });
  if (!req || req.action?.organizationId !== organizationId) return null;
  return req;
}

export async function oneUsedBeforeNoLoop(organizationId: string, requestId: string) {
  let last = null;
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  last = req;
  if (!req || req.action?.organizationId !== organizationId) return last;
  return req;
}

// twin: the row's own optional link gives undefined only without a row,
// and then there is nothing of another tenant's to keep.
export async function oneRowOptionalMissing(groupId: string, organizationId?: string) {
  const group = await prisma.group.findUnique({ where: { id: groupId } });
  if (group?.organizationId !== organizationId) return null;
  return group;
}

// The row handed to a name bound outside the loop before its check, which
// leaves by continue: the name keeps the last row, of any tenant.
export async function eitherLoop(organizationId: string, ids: string[]) {
  let last = null;
  for (const id of ids) {
    const req = await prisma.req.findUnique({ where: { id }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
    last = req;
    if (!req || (req.action?.organizationId !== organizationId && req.group?.organizationId !== organizationId)) continue;
  }
  return last;
}

export async function oneLoop(organizationId: string, ids: string[]) {
  let last = null;
  for (const id of ids) {
    const req = await prisma.req.findUnique({ where: { id }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
    last = req;
    if (!req || req.action?.organizationId !== organizationId) continue;
  }
  return last;
}

// The same in a callback whose return leaves the row's function only.
export async function oneCallbackCaptured(organizationId: string, ids: string[]) {
  let last = null;
  await Promise.all(
    ids.map(async (id) => {
      const req = await prisma.req.findUnique({ where: { id }, include: { action: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
      last = req;
      if (!req || req.action?.organizationId !== organizationId) return;
    }),
  );
  return last;
}

// twin: handed to the outer name after its check.
export async function oneLoopAfterCheck(organizationId: string, ids: string[]) {
  let last = null;
  for (const id of ids) {
    const req = await prisma.req.findUnique({ where: { id }, include: { action: true } });
    if (!req || req.action?.organizationId !== organizationId) continue;
    last = req;
  }
  return last;
}

// twin: a name of the row's own function, the row bound for the whole of it.
export async function oneLocalCarrier(organizationId: string, requestId: string) {
  let found = null;
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true } });
  found = req;
  if (!req || req.action?.organizationId !== organizationId) return null;
  return found;
}

// The row's own optional link and its parent's: a request with no action.
export async function oneBothOptionalMissing(requestId: string, organizationId?: string) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  if (req?.action?.organizationId !== organizationId) return null;
  return req;
}
