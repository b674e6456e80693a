import { prisma } from "./db";
import { isOrgMemberOrThrow, type RequestUser } from "./guards";

// The guard run for each user the caller sends: for none, it never runs.
export async function eachUser(body: { users: RequestUser[] }, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  body.users.forEach((user) => {
    isOrgMemberOrThrow(user, invitation.organizationId);
  });
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function eachUserInline(body: { users: RequestUser[] }, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  body.users.forEach((user) => {
    if (!user.orgMemberships.some((m) => m.organizationId === invitation.organizationId)) throw new Error("Forbidden");
  });
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function eachUserLoop(body: { users: RequestUser[] }, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  for (const user of body.users) {
    isOrgMemberOrThrow(user, invitation.organizationId);
  }
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// The check's user is a default the caller may leave out.
export async function defaultUser(id: string, user: RequestUser = { id: "", orgMemberships: [] }) {
  const invitation = await prisma.invitation.findUnique({ where: { id } });
  if (!invitation) throw new Error("not found");
  isOrgMemberOrThrow(user, invitation.organizationId);
  return prisma.invitation.delete({ where: { id } });
}
