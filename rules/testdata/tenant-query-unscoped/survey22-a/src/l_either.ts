import { prisma } from "./db";

// The request stays only when its action or its group is the caller's
// tenant's: a row proven through one of two optional parents, as one
// compared parent proves it.
export async function claim(organizationId: string, requestId: string) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } });
  if (!req || (req.action?.organizationId !== organizationId && req.group?.organizationId !== organizationId)) {
    return null;
  }
  return req;
}

// twin: one parent only (silent before too)
export async function claimOne(organizationId: string, requestId: string) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true } });
  if (!req || req.action?.organizationId !== organizationId) return null;
  return req;
}

// Three parents, the row checked without parentheses around the chain, and
// the request then deleted by its id.
export async function claimThree(organizationId: string, requestId: string) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true, host: true } });
  if (!req) return null;
  if (req.action?.organizationId !== organizationId && req.group?.organizationId !== organizationId && req.host.organizationId !== organizationId) {
    throw new Error("not found");
  }
  return prisma.req.delete({ where: { id: req.id } });
}

// One side of the && is no tenant comparison: the row stays whenever the
// flag is false.
export async function claimFlag(organizationId: string, requestId: string, strict: boolean) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  if (!req || (req.action?.organizationId !== organizationId && strict)) return null;
  return req;
}

// One side compares another row's tenant.
export async function claimOtherRow(organizationId: string, requestId: string, otherId: string) {
  const other = await prisma.group.findFirst({ where: { id: otherId, organizationId } });
  if (!other) return null;
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  if (!req || (req.action?.organizationId !== organizationId && other.organizationId !== organizationId)) return null;
  return req;
}

// One side is a match, not a mismatch: the row stays when its action is
// another tenant's and its group is too.
export async function claimMatchSide(organizationId: string, requestId: string) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  if (!req || (req.action?.organizationId !== organizationId && req.group?.organizationId === organizationId)) return null;
  return req;
}

// One side compares with the row's own value, which proves nothing.
export async function claimSelf(organizationId: string, requestId: string) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  if (!req || (req.action?.organizationId !== organizationId && req.group?.organizationId !== req.action?.organizationId)) return null;
  return req;
}

// One side compares with undefined.
export async function claimUndefined(organizationId: string, requestId: string) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  if (!req || (req.action?.organizationId !== organizationId && req.group?.organizationId !== undefined)) return null;
  return req;
}

// The conjunction does not leave.
export async function claimNoExit(organizationId: string, requestId: string) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  if (!req || (req.action?.organizationId !== organizationId && req.group?.organizationId !== organizationId)) {
    console.log("mismatch");
  }
  return req;
}

// The conjunction is negated: the function leaves when either parent is
// the tenant's.
export async function claimNegated(organizationId: string, requestId: string) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  if (!req || !(req.action?.organizationId !== organizationId && req.group?.organizationId !== organizationId)) return null;
  return req;
}

// One side reads the row given another value in between.
export async function claimRebound(organizationId: string, requestId: string, otherId: string) {
  let req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  const first = req;
  if (!req) return null;
  if (first?.action?.organizationId !== organizationId && req.group?.organizationId !== organizationId) return null;
  req = await prisma.req.findUnique({ where: { id: otherId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  return req;
}
