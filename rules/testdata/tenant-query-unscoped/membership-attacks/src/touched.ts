import { prisma } from "./db";
import { isOrgAdminOrThrow, isOrgMemberLogged, isOrgMemberOrThrow, isOrgMemberRefreshed, type RequestUser } from "./guards";

// Twins: the user's id read before the test, a const membership, the
// user's list searched as the caller was handed it through another
// parameter's field.
export async function idReadFirst(user: RequestUser, id: string) {
  console.log(user.id);
  const invitation = await prisma.invitation.findUnique({ where: { id } });
  if (!invitation) throw new Error("not found");
  isOrgMemberOrThrow(user, invitation.organizationId);
  if (!user.orgMemberships.some((m) => m.organizationId === invitation.organizationId)) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } });
}

export async function adminGuard(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } });
  if (!invitation) throw new Error("not found");
  isOrgAdminOrThrow(user, invitation.organizationId);
  return prisma.invitation.delete({ where: { id } });
}

export async function loggedGuard(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } });
  if (!invitation) throw new Error("not found");
  isOrgMemberLogged(user, invitation.organizationId);
  return prisma.invitation.delete({ where: { id } });
}

export async function contextUser(ctx: { user: RequestUser }, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } });
  if (!invitation) throw new Error("not found");
  isOrgMemberOrThrow(ctx.user, invitation.organizationId);
  return prisma.invitation.delete({ where: { id } });
}

// The caller adds the row's organization to the user's list first.
export async function pushedFirst(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  user.orgMemberships.push({ organizationId: invitation.organizationId, role: "guest" });
  isOrgMemberOrThrow(user, invitation.organizationId);
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function pushedFirstInline(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  user.orgMemberships.push({ organizationId: invitation.organizationId, role: "guest" });
  if (!user.orgMemberships.some((m) => m.organizationId === invitation.organizationId)) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// The user handed whole to a call, or its list to another name, first.
export async function handedFirst(user: RequestUser, id: string, refresh: (u: RequestUser) => void) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  refresh(user);
  isOrgMemberOrThrow(user, invitation.organizationId);
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function aliasedList(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  const list = user.orgMemberships;
  list.push({ organizationId: invitation.organizationId, role: "guest" });
  isOrgMemberOrThrow(user, invitation.organizationId);
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// The guard hands the user to a call before its test.
export async function guardRefreshes(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  isOrgMemberRefreshed(user, invitation.organizationId, (u) => u.orgMemberships.push({ organizationId: invitation.organizationId, role: "guest" }));
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// A list of tenant ids made from the row holds the row's tenant.
export async function includesOwnTenant(id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  if (![invitation.organizationId].includes(invitation.organizationId)) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// In a loop, the list added to after the test, before its next turn.
export async function pushedAfterInLoop(user: RequestUser, ids: string[], next: string[]) {
  for (let i = 0; i < ids.length; i++) {
    const invitation = await prisma.invitation.findUnique({ where: { id: ids[i] } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
    if (!invitation) continue;
    if (!user.orgMemberships.some((m) => m.organizationId === invitation.organizationId)) throw new Error("Forbidden");
    await prisma.invitation.delete({ where: { id: ids[i] } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
    user.orgMemberships.push({ organizationId: next[i], role: "guest" });
  }
}

// Twin: a loop that only reads the user's id after the test.
export async function readAfterInLoop(user: RequestUser, ids: string[]) {
  for (const id of ids) {
    const invitation = await prisma.invitation.findUnique({ where: { id } });
    if (!invitation) continue;
    if (!user.orgMemberships.some((m) => m.organizationId === invitation.organizationId)) throw new Error("Forbidden");
    await prisma.invitation.delete({ where: { id } });
    console.log(user.id);
  }
}
