import { prisma } from "./db";

// twin: the key held in a const object, unchanged.
export async function keyObjectKept(organizationId: string, accessId: string, groupId: string) {
  const key = { accessId, groupId };
  const membership = await prisma.membership.findUnique({ where: { accessId_groupId: key }, include: { group: true } });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: key } });
}

// The key's object is given another group between the lookup and the write.
export async function keyObjectSet(organizationId: string, accessId: string, groupId: string, otherGroupId: string) {
  const key = { accessId, groupId };
  const membership = await prisma.membership.findUnique({ where: { accessId_groupId: key }, include: { group: true } });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  key.groupId = otherGroupId;
  return prisma.membership.delete({ where: { accessId_groupId: key } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// The key's object handed to code that may change it.
export async function keyObjectHanded(organizationId: string, accessId: string, groupId: string, change: (k: { groupId: string }) => void) {
  const key = { accessId, groupId };
  const membership = await prisma.membership.findUnique({ where: { accessId_groupId: key }, include: { group: true } });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  change(key);
  return prisma.membership.delete({ where: { accessId_groupId: key } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// The key's object replaced through Object.assign.
export async function keyObjectAssigned(organizationId: string, accessId: string, groupId: string, other: { groupId: string }) {
  const key = { accessId, groupId };
  const membership = await prisma.membership.findUnique({ where: { accessId_groupId: key }, include: { group: true } });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  Object.assign(key, other);
  return prisma.membership.delete({ where: { accessId_groupId: key } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// The whole where held in a const and its key replaced.
export async function whereObjectSet(organizationId: string, accessId: string, groupId: string, otherGroupId: string) {
  const where = { accessId_groupId: { accessId, groupId } };
  const membership = await prisma.membership.findUnique({ where, include: { group: true } });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  where.accessId_groupId = { accessId, groupId: otherGroupId };
  return prisma.membership.delete({ where }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// The where held in a const whose key's part is set after the lookup.
export async function whereObjectKeySet(organizationId: string, accessId: string, groupId: string, otherGroupId: string) {
  const where = { accessId_groupId: { accessId, groupId } };
  const membership = await prisma.membership.findUnique({ where, include: { group: true } });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  where.accessId_groupId.groupId = otherGroupId;
  return prisma.membership.delete({ where }); // want "cannot see the where of delete on tenant-scoped \"Membership\""
}

// The lookup's key object is given another group before the lookup: the
// lookup compared another membership than the write's key names.
export async function lookupKeySetBefore(organizationId: string, accessId: string, groupId: string, otherGroupId: string) {
  const key = { accessId, groupId };
  key.groupId = otherGroupId;
  const membership = await prisma.membership.findUnique({ where: { accessId_groupId: key }, include: { group: true } });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// The lookup's key object handed to code that may change it before the lookup.
export async function lookupKeyHandedBefore(organizationId: string, accessId: string, groupId: string, change: (k: { groupId: string }) => void) {
  const key = { accessId, groupId };
  change(key);
  const membership = await prisma.membership.findUnique({ where: { accessId_groupId: key }, include: { group: true } });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}
