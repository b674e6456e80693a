import { prisma } from "./db";
import { hasAccessToOrg } from "./access";

// Twin: a user the caller is sure of.
export async function helperTwin(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id } });
  if (!project) throw new Error("not found");
  const { error } = await hasAccessToOrg({ organizationId: project.organizationId, userId });
  if (error) throw error;
  await prisma.project.delete({ where: { id } });
  return project.name;
}

// The user may be missing (signed out): Prisma drops an undefined
// filter, and any member of the row's organization is found.
export async function helperMaybeSignedOut(session: { userId?: string }, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  const { error } = await hasAccessToOrg({ organizationId: project.organizationId, userId: session.userId });
  if (error) throw error;
  await prisma.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function lookupMaybeSignedOut(userId: string | undefined, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  const member = await prisma.organizationMember.findFirst({ where: { organizationId: project.organizationId, userId } });
  if (!member) throw new Error("Forbidden");
  await prisma.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function includeMaybeSignedOut(userId: string | undefined, id: string) {
  const project = await prisma.project.findUnique({ // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
    where: { id },
    include: { organization: { include: { members: { where: { userId } } } } },
  });
  if (!project || project.organization.members.length === 0) return null;
  await prisma.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function filterMaybeSignedOut(session: { userId?: string }) {
  return prisma.project.findMany({ where: { organization: { members: { some: { userId: session.userId } } } } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

// The searched user may be missing: no member's user is undefined, so
// the search finds nobody and the function leaves. Silent.
export async function searchedMaybeSignedOut(userId: string | undefined, id: string) {
  const project = await prisma.project.findUnique({ where: { id }, include: { organization: { include: { members: true } } } });
  if (!project) throw new Error("not found");
  if (!project.organization.members.some((m) => m.userId === userId)) throw new Error("Forbidden");
  await prisma.project.delete({ where: { id } });
  return project.name;
}
