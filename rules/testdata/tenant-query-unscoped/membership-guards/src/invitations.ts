import { prisma } from "./db";
import {
  isOrgAdminOrThrow,
  isOrgMemberAsync,
  isOrgMemberInverted,
  isOrgMemberLogged,
  isOrgMemberOrThrow,
  isOrgMemberReturns,
  isOrgMemberUnlessAdmin,
  isOtherOrgMember,
  type RequestUser,
} from "./identity";

// pezzo's resolvers: the row fetched by id, its organization checked
// against the user's memberships by a guard or inline, then used.
export async function deleteInvitation(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } });
  if (!invitation) throw new Error("not found");
  isOrgAdminOrThrow(user, invitation.organizationId);
  return prisma.invitation.delete({ where: { id } });
}

export async function resendInvitation(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } });
  if (!invitation) throw new Error("not found");
  await isOrgMemberAsync(user, invitation.organizationId);
  return prisma.invitation.update({ where: { id }, data: { email: invitation.email } });
}

export async function deleteInline(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } });
  if (!invitation) throw new Error("not found");
  if (!user.orgMemberships.some((m) => m.organizationId === invitation.organizationId)) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } });
}

// Near misses.
export async function logged(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  isOrgMemberLogged(user, invitation.organizationId);
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function unlessAdmin(user: RequestUser, id: string, admin: boolean) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  isOrgMemberUnlessAdmin(user, invitation.organizationId, admin);
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function otherParameter(user: RequestUser, id: string, otherId: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  isOtherOrgMember(user, invitation.organizationId, otherId);
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function inverted(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  isOrgMemberInverted(user, invitation.organizationId);
  if (!user.orgMemberships.some((m) => m.organizationId !== invitation.organizationId)) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// The async guard not awaited: its throw stops nothing.
export async function notAwaited(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  isOrgMemberAsync(user, invitation.organizationId);
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// The guard under a condition, or after the row was handed on.
export async function conditional(user: RequestUser, id: string, strict: boolean, send: (row: unknown) => void) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  if (strict) isOrgMemberOrThrow(user, invitation.organizationId);
  send(invitation);
  isOrgMemberOrThrow(user, invitation.organizationId);
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// The test the wrong way round: it leaves for a member, and the delete
// after it runs for any other organization's invitation. The row, used
// only where it matched, is no leak; a delete inside that branch is none
// either.
export async function leavesForMembers(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } });
  if (!invitation) throw new Error("not found");
  if (user.orgMemberships.some((m) => m.organizationId === invitation.organizationId)) throw new Error("already a member");
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function deletedWhereMatched(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } });
  if (invitation && user.orgMemberships.some((m) => m.organizationId === invitation.organizationId)) {
    return prisma.invitation.delete({ where: { id } });
  }
  return null;
}

export async function matchedThenLogged(organizationId: string, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } });
  if (!invitation) throw new Error("not found");
  if (invitation.organizationId === organizationId) console.info("deleting");
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// A guard that returns false on refusal, its result dropped: the delete
// runs for any organization's invitation.
export async function guardReturns(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  isOrgMemberReturns(user, invitation.organizationId);
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// The callback's element named as the row: it compares the element with
// itself, and some holds for any invitation.
export async function shadowedRow(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  if (!user.orgMemberships.some((invitation) => invitation.organizationId === invitation.organizationId)) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}
