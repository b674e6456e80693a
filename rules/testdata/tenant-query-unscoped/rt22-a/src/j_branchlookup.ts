import { prisma } from "./db";

// The lookup runs only in a branch, its row given to a let; the comparison
// after it passes when no row was looked up: the write by the key runs
// unchecked.
export async function lookupMaybeSkipped(organizationId: string, accessId: string, groupId: string, check: boolean) {
  let membership = null;
  if (check) {
    membership = await prisma.membership.findUnique({ where: { accessId_groupId: { accessId, groupId } }, include: { group: true } });
  }
  if (membership && membership.group.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

export async function lookupMaybeSkippedById(organizationId: string, id: string, check: boolean) {
  let group = null;
  if (check) {
    group = await prisma.group.findUnique({ where: { id } });
  }
  if (group && group.organizationId !== organizationId) throw new Error("not found");
  return prisma.group.delete({ where: { id } }); // want "delete on tenant-scoped \"Group\" does not filter by the tenant"
}

// The lookup in a ternary that may not run.
export async function lookupTernary(organizationId: string, accessId: string, groupId: string, check: boolean) {
  const membership = check ? await prisma.membership.findUnique({ where: { accessId_groupId: { accessId, groupId } }, include: { group: true } }) : null;
  if (membership && membership.group.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// The lookup short-circuited away.
export async function lookupShortCircuit(organizationId: string, accessId: string, groupId: string, skip: boolean) {
  const membership = skip || (await prisma.membership.findUnique({ where: { accessId_groupId: { accessId, groupId } }, include: { group: true } })); // want "findUnique on tenant-scoped \"Membership\" does not filter by the tenant"
  if (membership && membership !== true && membership.group.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// twin: the lookup always runs; a missing row means the key names none.
export async function lookupAlways(organizationId: string, accessId: string, groupId: string) {
  const membership = await prisma.membership.findUnique({ where: { accessId_groupId: { accessId, groupId } }, include: { group: true } });
  if (membership && membership.group.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } });
}

// twin: the lookup always runs, in a Promise.all beside another.
export async function lookupInPromiseAll(organizationId: string, id: string, accessId: string) {
  const [group, access] = await Promise.all([prisma.group.findUnique({ where: { id } }), prisma.access.findFirst({ where: { id: accessId, organizationId } })]);
  if (!access || (group && group.organizationId !== organizationId)) throw new Error("not found");
  return prisma.group.delete({ where: { id } });
}

// twin: the lookup and the write in the same branch.
export async function lookupAndWriteInBranch(organizationId: string, id: string, check: boolean) {
  let group = null;
  if (check) {
    group = await prisma.group.findUnique({ where: { id } });
    if (group && group.organizationId !== organizationId) throw new Error("not found");
    return prisma.group.delete({ where: { id } });
  }
  return group;
}
