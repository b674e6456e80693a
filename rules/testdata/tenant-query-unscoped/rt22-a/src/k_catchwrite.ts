import { prisma } from "./db";

// The mismatch throws into a catch that writes by the row it just refused.
export async function writeInCatch(organizationId: string, id: string) {
  let group;
  try {
    group = await prisma.group.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Group\" does not filter by the tenant"
    if (!group || group.organizationId !== organizationId) throw new Error("forbidden");
  } catch {
    return prisma.group.delete({ where: { id: group!.id } }); // want "delete on tenant-scoped \"Group\" does not filter by the tenant"
  }
  return group;
}

// The same by a compound key (the read itself hands nothing of the row on).
export async function compoundWriteInCatch(organizationId: string, accessId: string, groupId: string) {
  let membership;
  try {
    membership = await prisma.membership.findUnique({ where: { accessId_groupId: { accessId, groupId } }, include: { group: true } });
    if (!membership || membership.group.organizationId !== organizationId) throw new Error("forbidden");
  } catch {
    return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
  }
  return membership;
}

// The mismatch throws into a catch that returns the row.
export async function rowInCatch(organizationId: string, id: string) {
  let group = null;
  try {
    group = await prisma.group.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Group\" does not filter by the tenant"
    if (!group || group.organizationId !== organizationId) throw new Error("forbidden");
  } catch {
    return group;
  }
  return group;
}

// twin: the catch only leaves.
export async function catchLeaves(organizationId: string, id: string) {
  let group;
  try {
    group = await prisma.group.findUnique({ where: { id } });
    if (!group || group.organizationId !== organizationId) throw new Error("forbidden");
  } catch {
    return null;
  }
  return prisma.group.delete({ where: { id: group.id } });
}
