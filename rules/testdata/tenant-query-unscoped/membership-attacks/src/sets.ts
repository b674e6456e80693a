import { prisma } from "./db";
import type { RequestUser } from "./guards";

// Twin: the user's organizations gathered first, then searched.
export async function gatheredTwin(user: RequestUser, id: string) {
  const orgIds = user.orgMemberships.map((m) => m.organizationId);
  const invitation = await prisma.invitation.findUnique({ where: { id } });
  if (!invitation) throw new Error("not found");
  if (!orgIds.includes(invitation.organizationId)) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } });
}

// The row's organization added to the set, or pushed to the list, before
// the search.
export async function addedToSet(user: RequestUser, id: string) {
  const allowed = new Set(user.orgMemberships.map((m) => m.organizationId));
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  allowed.add(invitation.organizationId);
  if (!allowed.has(invitation.organizationId)) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function pushedToList(user: RequestUser, id: string) {
  const orgIds = user.orgMemberships.map((m) => m.organizationId);
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  orgIds.push(invitation.organizationId);
  if (!orgIds.includes(invitation.organizationId)) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function reassignedList(user: RequestUser, id: string) {
  let orgIds = user.orgMemberships.map((m) => m.organizationId);
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  orgIds = [invitation.organizationId];
  if (!orgIds.includes(invitation.organizationId)) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// The search leaves only with a flag, or inside a callback.
export async function onlyWithFlag(user: RequestUser, id: string, strict: boolean) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  if (!user.orgMemberships.some((m) => m.organizationId === invitation.organizationId) && strict) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function inCallback(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  setTimeout(() => {
    if (!user.orgMemberships.some((m) => m.organizationId === invitation.organizationId)) throw new Error("Forbidden");
  });
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// every of the user's memberships, not some: true for a user with none.
export async function everyMembership(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  if (!user.orgMemberships.every((m) => m.organizationId === invitation.organizationId)) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// The membership found, but its index tested: -1 is truthy.
export async function foundIndex(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  if (!user.orgMemberships.findIndex((m) => m.organizationId === invitation.organizationId)) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

// A loose comparison in the callback still needs the element's tenant.
export async function elementOptional(user: RequestUser, id: string) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  if (!user.orgMemberships.some((m) => m.organizationId === invitation.organizationId || m.role === "owner")) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}
