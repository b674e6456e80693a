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

// The row itself read through an optional link, against a value that may be missing.
export async function oneRowOptionalMissing(groupId: string, organizationId?: string) {
  const group = await prisma.group.findUnique({ where: { id: groupId } }); // want "findUnique on tenant-scoped \"Group\" does not filter by the tenant"
  if (group?.organizationId !== organizationId) return null;
  return group;
}
