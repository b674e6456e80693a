import { prisma } from "./db";
import { hasAccessToOrg } from "./access";
import type { RequestUser } from "./guards";

// Each check leaves on a non-member, but hands the row out as it leaves.
export async function includeLeavesWithRow(userId: string, id: string) {
  const project = await prisma.project.findUnique({ // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
    where: { id },
    include: { organization: { include: { members: { where: { userId } } } } },
  });
  if (!project || project.organization.members.length === 0) return { project, allowed: false };
  return project.name;
}

export async function lookupLeavesWithRow(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  const member = await prisma.organizationMember.findFirst({ where: { organizationId: project.organizationId, userId } });
  if (!member) return { project, allowed: false };
  return project.name;
}

export async function helperLeavesWithRow(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  const { error } = await hasAccessToOrg({ organizationId: project.organizationId, userId });
  if (error) return { error, project };
  return project.name;
}

export async function inlineLeavesWithRow(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  if (!user.orgMemberships.some((m) => m.organizationId === invitation.organizationId)) return invitation;
  return null;
}

export async function searchLeavesWithRow(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id }, include: { organization: { include: { members: true } } } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  if (!project.organization.members.some((m) => m.userId === userId)) return project;
  return null;
}

// The row's key handed out as the check leaves.
export async function lookupLeavesWithName(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  const member = await prisma.organizationMember.findFirst({ where: { organizationId: project.organizationId, userId } });
  if (!member) throw new Error(`not a member of ${project.name}`);
  return project.name;
}

// The same for a comparison with the tenant, which the membership tests
// read as: the row, or a field of it, handed out on a mismatch.
export async function compareLeavesWithRow(organizationId: string, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  if (invitation.organizationId !== organizationId) return invitation;
  return null;
}

export async function compareThrowsField(organizationId: string, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  if (invitation.organizationId !== organizationId) throw new Error(`not yours: ${invitation.email}`);
  return null;
}

// Twins: the row's name only a word of the message.
export async function compareThrowsMessage(organizationId: string, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } });
  if (!invitation) throw new Error("not found");
  if (invitation.organizationId !== organizationId) throw new Error("invitation not found");
  return invitation.email;
}

export async function searchThrowsMessage(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id }, include: { organization: { include: { members: true } } } });
  if (!project) throw new Error("not found");
  if (!project.organization.members.some((m) => m.userId === userId)) throw new Error("project not found");
  return project.name;
}
