import { prisma } from "./db";

// The row wrapped in an object given to a name outside the loop before its check.
export async function wrappedPastLoop(organizationId: string, ids: string[]) {
  let last = null;
  for (const id of ids) {
    const req = await prisma.req.findUnique({ where: { id }, include: { action: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
    last = { req };
    if (!req || req.action?.organizationId !== organizationId) continue;
  }
  return last;
}

export async function listedPastLoop(organizationId: string, ids: string[]) {
  let last: unknown[] = [];
  for (const id of ids) {
    const req = await prisma.req.findUnique({ where: { id }, include: { action: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
    last = [req];
    if (!req || req.action?.organizationId !== organizationId) continue;
  }
  return last;
}

// Through a local name first, then to the outer one.
export async function twoHopsPastLoop(organizationId: string, ids: string[]) {
  let last = null;
  for (const id of ids) {
    const req = await prisma.req.findUnique({ where: { id }, include: { action: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
    const copy = req;
    last = copy;
    if (!req || req.action?.organizationId !== organizationId) continue;
  }
  return last;
}

// By a logical assignment.
export async function orAssignedPastLoop(organizationId: string, ids: string[]) {
  let last = null;
  for (const id of ids) {
    const req = await prisma.req.findUnique({ where: { id }, include: { action: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
    last ??= req;
    if (!req || req.action?.organizationId !== organizationId) continue;
  }
  return last;
}

// By a destructuring assignment.
export async function destructuredPastLoop(organizationId: string, ids: string[]) {
  let last = null;
  for (const id of ids) {
    const req = await prisma.req.findUnique({ where: { id }, include: { action: true } }); // want "findUnique on tenant-scoped \"Req\" does not filter by the tenant"
    [last] = [req];
    if (!req || req.action?.organizationId !== organizationId) continue;
  }
  return last;
}

// twin: wrapped and given to a name of the loop's own body.
export async function wrappedInBody(organizationId: string, ids: string[]) {
  const out = [];
  for (const id of ids) {
    const req = await prisma.req.findUnique({ where: { id }, include: { action: true } });
    let held = null;
    held = { req };
    if (!req || req.action?.organizationId !== organizationId) continue;
    out.push(held);
  }
  return out;
}
