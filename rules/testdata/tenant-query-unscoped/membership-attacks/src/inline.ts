import { prisma } from "./db";
import { belongsOrThrow, isOrgMemberOrThrow, isOrgMemberPushed, isOrgMemberWithDefault, type RequestUser } from "./guards";

// Twins the proof exists for: the user's memberships searched inline or by the guard.
export async function inlineTwin(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } });
  if (!invitation) throw new Error("not found");
  if (!user.orgMemberships.some((m) => m.organizationId === invitation.organizationId)) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } });
}

export async function guardTwin(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } });
  if (!invitation) throw new Error("not found");
  isOrgMemberOrThrow(user, invitation.organizationId);
  return prisma.invitation.delete({ where: { id } });
}

// The row's own organization's members all have its organizationId: the
// test holds for any invitation (the user was meant to be compared).
export async function ownMembers(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id }, include: { organization: { include: { members: true } } } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  if (!invitation.organization.members.some((m) => m.organizationId === invitation.organizationId)) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// The list searched holds the row itself.
export async function rowInList(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  if (![invitation].some((m) => m.organizationId === invitation.organizationId)) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// The memberships of the row's organization, whoever's.
export async function orgMembers(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  const members = await prisma.organizationMember.findMany({ where: { organizationId: invitation.organizationId } });
  if (!members.some((m) => m.organizationId === invitation.organizationId)) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// The row's organization added to the user's list before the search.
export async function pushedInline(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  const list = [...user.orgMemberships, { organizationId: invitation.organizationId, role: "guest" }];
  if (!list.some((m) => m.organizationId === invitation.organizationId)) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// Guards whose list is not the user's memberships.
export async function guardWithDefault(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  isOrgMemberWithDefault(user, invitation.organizationId);
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function guardPushed(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  isOrgMemberPushed(user, invitation.organizationId);
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function guardOnRow(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  belongsOrThrow(invitation, invitation.organizationId);
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}
