import { prisma } from "./db";
import { isOrgMemberOrThrow, type RequestUser } from "./guards";

// The guard's throw caught: the write runs for any organization.
export async function caughtGuard(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  try {
    isOrgMemberOrThrow(user, invitation.organizationId);
  } catch (e) {
    console.warn(e);
  }
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function caughtInline(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  try {
    if (!user.orgMemberships.some((m) => m.organizationId === invitation.organizationId)) throw new Error("Forbidden");
  } catch (e) {
    console.warn(e);
  }
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// The guard's throw caught by a finally that returns the row.
export async function finallyReturnsRow(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  try {
    isOrgMemberOrThrow(user, invitation.organizationId);
  } finally {
    return invitation;
  }
}
