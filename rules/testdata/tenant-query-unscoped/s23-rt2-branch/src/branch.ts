import { prisma } from "./db";

// The write by the compared key stands in the branch the mismatch takes,
// before the branch leaves: it runs on exactly another tenant's row.
export async function deleteOnMismatch(organizationId: string, id: string) {
  const row = await prisma.action.findUnique({ where: { id } });
  if (!row || row.organizationId !== organizationId) {
    await prisma.action.delete({ where: { id } }); // want "delete on tenant-scoped \"Action\" does not filter by the tenant"
    return null;
  }
  return row;
}

// The same with a throw, and with a test of the row's presence.
export async function updateOnMismatchThrown(organizationId: string, id: string) {
  const row = await prisma.action.findUnique({ where: { id } });
  if (row && row.organizationId !== organizationId) {
    await prisma.action.update({ where: { id }, data: { organizationId } }); // want "update on tenant-scoped \"Action\" does not filter by the tenant"
    throw new Error("not found");
  }
  return null;
}

// Negated match: the else branch is the mismatch's.
export async function deleteInElse(organizationId: string, id: string) {
  const row = await prisma.action.findUnique({ where: { id } });
  if (row?.organizationId === organizationId) {
    console.log("mine");
  } else {
    await prisma.action.delete({ where: { id } }); // want "delete on tenant-scoped \"Action\" does not filter by the tenant"
    return null;
  }
  return prisma.action.update({ where: { id }, data: {} });
}

// A child's key compared with a proven parent, the child written in the
// mismatch branch.
export async function childOnMismatch(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
  if (!queued || queued.actionId !== action.id) {
    await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
    throw new Error("not found");
  }
  return null;
}

// Near-miss twins that must stay quiet: the write after the if whose
// mismatch leaves, and the write in the matched branch.
export async function deleteAfterCheck(organizationId: string, id: string) {
  const row = await prisma.action.findUnique({ where: { id } });
  if (!row || row.organizationId !== organizationId) {
    return null;
  }
  return prisma.action.delete({ where: { id } });
}

export async function childAfterCheck(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
  if (!queued || queued.actionId !== action.id) {
    console.log("mismatch");
    throw new Error("not found");
  }
  return prisma.queued.delete({ where: { id: queuedId } });
}

// The mismatch branch calls a hoisted declaration that writes by the key.
export async function hoistedOnMismatch(organizationId: string, id: string) {
  const row = await prisma.action.findUnique({ where: { id } });
  if (!row || row.organizationId !== organizationId) {
    return drop();
  }
  return row;
  async function drop() {
    return prisma.action.delete({ where: { id } }); // want "delete on tenant-scoped \"Action\" does not filter by the tenant"
  }
}

// The mismatch branch calls a closure made before the check.
export async function closureOnMismatch(organizationId: string, id: string) {
  const drop = () => prisma.action.delete({ where: { id } }); // want "delete on tenant-scoped \"Action\" does not filter by the tenant"
  const row = await prisma.action.findUnique({ where: { id } });
  if (!row || row.organizationId !== organizationId) {
    await drop();
    return null;
  }
  return row;
}

// A switch on the comparison whose mismatch case writes.
export async function switchOnMismatch(organizationId: string, id: string) {
  const row = await prisma.action.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Action\" does not filter by the tenant"
  switch (row?.organizationId === organizationId) {
    case false:
      await prisma.action.delete({ where: { id } }); // want "delete on tenant-scoped \"Action\" does not filter by the tenant"
      return null;
    default:
      return row;
  }
}

// The write in the mismatch branch of an outer if, whose inner if
// leaves only on a flag.
export async function nestedOnMismatch(organizationId: string, id: string, strict: boolean) {
  const row = await prisma.action.findUnique({ where: { id } });
  if (!row || row.organizationId !== organizationId) {
    if (strict) throw new Error("not found");
    await prisma.action.delete({ where: { id } }); // want "delete on tenant-scoped \"Action\" does not filter by the tenant"
    return null;
  }
  return row;
}
