import { prisma } from "./db";

// twin: the proof's own shape stays silent.
export async function twinEither(organizationId: string, requestId: string) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } });
  if (!req || (req.action?.organizationId !== organizationId && req.group?.organizationId !== organizationId)) return null;
  return req;
}

// The conjunction of mismatches joined by a flag: false whenever the flag is.
export async function eitherAndFlag(organizationId: string, requestId: string, strict: boolean) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  if (req && req.action?.organizationId !== organizationId && req.group?.organizationId !== organizationId && strict) return null;
  return req;
}

// The function leaves when either parent matches, not when both miss.
export async function eitherElseLeaves(organizationId: string, requestId: string) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  if (req?.action?.organizationId !== organizationId && req?.group?.organizationId !== organizationId) {
    console.log("foreign");
  } else {
    return null;
  }
  return req;
}

// The conjunction held in a name first, then only logged.
export async function eitherHeldLogged(organizationId: string, requestId: string) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  const foreign = req?.action?.organizationId !== organizationId && req?.group?.organizationId !== organizationId;
  if (!foreign) console.log("ours");
  return req;
}

// One side compares another parent of the request with itself.
export async function eitherSelfCompared(organizationId: string, requestId: string) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  if (!req || (req.action?.organizationId !== organizationId && req.group?.organizationId !== req.action?.organizationId)) return null;
  return req;
}

// The row is replaced between the check and its use.
export async function eitherThenReplaced(organizationId: string, requestId: string, otherId: string) {
  let req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } });
  if (!req || (req.action?.organizationId !== organizationId && req.group?.organizationId !== organizationId)) return null;
  req = await prisma.req.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  return req;
}

// The test swallowed by a catch.
export async function eitherSwallowed(organizationId: string, requestId: string) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  try {
    if (!req || (req.action?.organizationId !== organizationId && req.group?.organizationId !== organizationId)) throw new Error("x");
  } catch {
    console.log("x");
  }
  return req;
}

// The two sides name the same parent of two different requests.
export async function eitherTwoRows(organizationId: string, requestId: string, otherId: string) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  const other = await prisma.req.findUnique({ where: { id: otherId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  if (!req || !other || (req.action?.organizationId !== organizationId && other.group?.organizationId !== organizationId)) return null;
  return req;
}

// Loose mismatch against a value that may be missing.
export async function eitherLooseMissing(requestId: string, organizationId?: string) {
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
  if (!req || (req.action?.organizationId != organizationId && req.group?.organizationId != organizationId)) return null;
  return req;
}

// twin: the value that may be missing is required first.
export async function eitherGuardedMissing(requestId: string, organizationId?: string) {
  if (!organizationId) throw new Error("no tenant");
  const req = await prisma.req.findUnique({ where: { id: requestId }, include: { action: true, group: true } });
  if (!req || (req.action?.organizationId !== organizationId && req.group?.organizationId !== organizationId)) return null;
  return req;
}
