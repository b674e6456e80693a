import { prisma } from "./db";

// Twins: the caller's membership read with the row, and the projects of
// the caller's organizations.
export async function includedTwin(userId: string, id: string) {
  const project = await prisma.project.findUnique({
    where: { id },
    include: { organization: { include: { members: { where: { userId } } } } },
  });
  if (!project || project.organization.members.length === 0) return null;
  await prisma.project.delete({ where: { id } });
  return project.name;
}

export async function filteredTwin(userId: string) {
  return prisma.project.findMany({ where: { organization: { members: { some: { userId } } } } });
}

// The members' filter spreads what the caller sends after the user: it
// may name another user, or none.
export async function spreadFilter(userId: string, id: string, filter: { userId?: string }) {
  const project = await prisma.project.findUnique({ // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
    where: { id },
    include: { organization: { include: { members: { where: { userId, ...filter } } } } },
  });
  if (!project || project.organization.members.length === 0) return null;
  await prisma.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function spreadSome(userId: string, filter: { userId?: string }) {
  return prisma.project.findMany({ where: { organization: { members: { some: { userId, ...filter } } } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

// The member asked about is the one another tenant's row names.
export async function otherRowsMember(id: string, otherId: string) {
  const other = await prisma.invitation.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
    where: { id },
    include: { organization: { include: { members: { where: { userId: other!.email } } } } },
  });
  if (!project || project.organization.members.length === 0) return null;
  await prisma.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

// every holds for an organization without members; NOT turns the filter
// round; OR lets other rows in.
export async function everyMember(userId: string) {
  return prisma.project.findMany({ where: { organization: { members: { every: { userId } } } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function notMember(userId: string) {
  return prisma.project.findMany({ where: { NOT: { organization: { members: { some: { userId } } } } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function notMemberList(userId: string) {
  return prisma.project.findMany({ where: { NOT: [{ organization: { members: { some: { userId } } } }] } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function orPublic(userId: string, name: string) {
  return prisma.project.findMany({ where: { OR: [{ organization: { members: { some: { userId } } } }, { name }] } }); // want "findMany on tenant-scoped \"Project\" has an OR branch without the tenant"
}

export async function noneMember(userId: string) {
  return prisma.project.findMany({ where: { organization: { members: { none: { userId } } } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

// The organization's members, not the caller's: the list is not empty
// for any organization with members.
export async function unfilteredMembers(userId: string, id: string) {
  const project = await prisma.project.findUnique({ // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
    where: { id },
    include: { organization: { include: { members: { where: { role: "owner" } } } } },
  });
  if (!project || project.organization.members.length === 0) return null;
  await prisma.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

// The members' filter in its OR.
export async function orMembers(userId: string, id: string) {
  const project = await prisma.project.findUnique({ // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
    where: { id },
    include: { organization: { include: { members: { where: { OR: [{ userId }, { role: "owner" }] } } } } },
  });
  if (!project || project.organization.members.length === 0) return null;
  await prisma.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}
