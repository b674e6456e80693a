import { prisma } from "./db";

// Twins: through the relation's is, and the user relation's id.
export async function isTwin(userId: string) {
  return prisma.project.findMany({ where: { organization: { is: { members: { some: { userId } } } } } });
}

export async function userRelationTwin(userId: string) {
  return prisma.project.findMany({ where: { organization: { members: { some: { user: { id: userId } } } } } });
}

// isNot: the organizations the user is not a member of.
export async function isNotMember(userId: string) {
  return prisma.project.findMany({ where: { organization: { isNot: { members: { some: { userId } } } } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

// Some member who is not the user: any organization with another member.
export async function someOtherMember(userId: string) {
  return prisma.project.findMany({ where: { organization: { members: { some: { NOT: { userId } } } } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function someNotUser(userId: string) {
  return prisma.project.findMany({ where: { organization: { members: { some: { userId: { not: userId } } } } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function someUserNot(userId: string) {
  return prisma.project.findMany({ where: { organization: { members: { some: { user: { isNot: { id: userId } } } } } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function someUserNotId(userId: string) {
  return prisma.project.findMany({ where: { organization: { members: { some: { user: { NOT: { id: userId } } } } } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

// Twin: users the caller gives, as any tenant value the caller gives.
export async function someIn(userIds: string[]) {
  return prisma.project.findMany({ where: { organization: { members: { some: { userId: { in: userIds } } } } } });
}

// Twin: a spread before the user's entry, which the user's overrides.
export async function spreadBefore(userId: string, filter: { role?: string }) {
  return prisma.project.findMany({ where: { organization: { members: { some: { ...filter, userId } } } } });
}
