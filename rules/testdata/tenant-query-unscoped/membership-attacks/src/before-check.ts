import { prisma } from "./db";
import { requireOrgMember, type Context } from "./access";

// The row's organization written to before the caller's membership of it
// is checked: the row is not proven, and stays reported (a write scoped
// by the tenant a row gives is judged with that row, as without any
// check).
export async function writtenBeforeLookup(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  const orgId = project.organizationId;
  await prisma.invitation.deleteMany({ where: { organizationId: orgId } });
  const member = await prisma.organizationMember.findFirst({ where: { organizationId: orgId, userId } });
  if (!member) throw new Error("Forbidden");
  return project.name;
}

export async function writtenBeforeLookupDirect(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  await prisma.invitation.deleteMany({ where: { organizationId: project.organizationId } });
  const member = await prisma.organizationMember.findFirst({ where: { organizationId: project.organizationId, userId } });
  if (!member) throw new Error("Forbidden");
  return project.name;
}

export async function writtenBeforeHelper(ctx: Context, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  const orgId = project.organizationId;
  await prisma.invitation.deleteMany({ where: { organizationId: orgId } });
  await requireOrgMember(orgId, ctx);
  return project.name;
}

export async function writtenBeforeInclude(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id }, include: { organization: { include: { members: { where: { userId } } } } } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  await prisma.invitation.deleteMany({ where: { organizationId: project.organizationId } });
  if (project.organization.members.length === 0) return null;
  return project.name;
}

// Twin: the write after the check.
export async function writtenAfterLookup(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id } });
  if (!project) throw new Error("not found");
  const orgId = project.organizationId;
  const member = await prisma.organizationMember.findFirst({ where: { organizationId: orgId, userId } });
  if (!member) throw new Error("Forbidden");
  await prisma.invitation.deleteMany({ where: { organizationId: orgId } });
  return project.name;
}
