import { prisma } from "./db";

// The key was looked up with the tenant and not found: the write in
// that branch runs on exactly a key of another tenant's.
export async function deleteWhenNotFound(organizationId: string, id: string) {
  const row = await prisma.action.findFirst({ where: { id, organizationId } });
  if (!row) {
    await prisma.action.delete({ where: { id } }); // want "delete on tenant-scoped \"Action\" does not filter by the tenant"
    throw new Error("not found");
  }
  return prisma.action.update({ where: { id }, data: {} });
}

// The row's tenant is not among the caller's.
export async function deleteWhenNotIncluded(organizationIds: string[], id: string) {
  const row = await prisma.action.findUnique({ where: { id } });
  if (!row || !organizationIds.includes(row.organizationId)) {
    await prisma.action.delete({ where: { id } }); // want "delete on tenant-scoped \"Action\" does not filter by the tenant"
    return null;
  }
  return row;
}

// A count with the tenant found none.
export async function deleteWhenCountedNone(organizationId: string, id: string) {
  const n = await prisma.action.count({ where: { id, organizationId } });
  if (n === 0) {
    await prisma.action.delete({ where: { id } }); // want "delete on tenant-scoped \"Action\" does not filter by the tenant"
    return null;
  }
  return prisma.action.delete({ where: { id } });
}

// Loosely compared.
export async function deleteOnLooseMismatch(organizationId: string, id: string) {
  const row = await prisma.action.findUnique({ where: { id } });
  if (row?.organizationId != organizationId) {
    await prisma.action.delete({ where: { id } }); // want "delete on tenant-scoped \"Action\" does not filter by the tenant"
    return null;
  }
  return row;
}

// The row's own id in the mismatch branch.
export async function deleteRowOnMismatch(organizationId: string, id: string) {
  const row = await prisma.action.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Action\" does not filter by the tenant"
  if (!row) throw new Error("not found");
  if (row.organizationId !== organizationId) {
    await prisma.action.delete({ where: { id: row.id } }); // want "delete on tenant-scoped \"Action\" does not filter by the tenant"
    return null;
  }
  return row;
}

// A ternary whose mismatch end writes.
export async function ternaryOnMismatch(organizationId: string, id: string) {
  const row = await prisma.action.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Action\" does not filter by the tenant"
  return row?.organizationId !== organizationId ? await prisma.action.delete({ where: { id } }) : row; // want "delete on tenant-scoped \"Action\" does not filter by the tenant"
}

// A short circuit whose right side runs on the mismatch.
export async function shortCircuitOnMismatch(organizationId: string, id: string) {
  const row = await prisma.action.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Action\" does not filter by the tenant"
  const mine = row?.organizationId === organizationId || (await prisma.action.delete({ where: { id } })); // want "delete on tenant-scoped \"Action\" does not filter by the tenant"
  return mine;
}

// The mismatch branch's write comes after a nested block.
export async function blockOnMismatch(organizationId: string, id: string) {
  const row = await prisma.action.findUnique({ where: { id } });
  if (!row || row.organizationId !== organizationId) {
    {
      await prisma.action.delete({ where: { id } }); // want "delete on tenant-scoped \"Action\" does not filter by the tenant"
    }
    throw new Error("not found");
  }
  return row;
}

// Each arm of an outer if checks; one arm's mismatch branch writes.
export async function armOnMismatch(organizationId: string, id: string, flag: boolean) {
  const row = await prisma.action.findUnique({ where: { id } });
  if (!row) throw new Error("not found");
  if (flag) {
    if (row.organizationId !== organizationId) {
      await prisma.action.delete({ where: { id } }); // want "delete on tenant-scoped \"Action\" does not filter by the tenant"
      return null;
    }
  } else {
    if (row.organizationId !== organizationId) throw new Error("not found");
  }
  return prisma.action.update({ where: { id }, data: {} });
}
