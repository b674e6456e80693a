import { prisma } from "./db";
import { isOrgMemberOrThrow, type RequestUser } from "./guards";
import { hasAccessToOrg, requireOrgMember, type Context } from "./access";

// The membership checked for the organization the caller claims, not the
// row's: each proof must stay silent only for the row's own.
export async function claimedThrow(ctx: Context, input: { id: string; organizationId: string }) {
  const project = await prisma.project.findUnique({ where: { id: input.id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  await requireOrgMember(input.organizationId, ctx);
  await prisma.project.update({ where: { id: input.id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function claimedGuard(user: RequestUser, input: { id: string; organizationId: string }) {
  const invitation = await prisma.invitation.findUnique({ where: { id: input.id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  isOrgMemberOrThrow(user, input.organizationId);
  if (!user.orgMemberships.some((m) => m.organizationId === input.organizationId)) throw new Error("Forbidden");
  return prisma.invitation.delete({ where: { id: input.id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function claimedLookup(userId: string, input: { id: string; organizationId: string }) {
  const project = await prisma.project.findUnique({ where: { id: input.id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  const member = await prisma.organizationMember.findFirst({ where: { organizationId: input.organizationId, userId } });
  if (!member) throw new Error("Forbidden");
  await prisma.project.update({ where: { id: input.id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function claimedHelper(userId: string, input: { id: string; organizationId: string }) {
  const project = await prisma.project.findUnique({ where: { id: input.id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  const { error } = await hasAccessToOrg({ organizationId: input.organizationId, userId });
  if (error) throw error;
  await prisma.project.update({ where: { id: input.id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function claimedSearch(userId: string, input: { id: string; organizationId: string }) {
  const project = await prisma.project.findUnique({ where: { id: input.id }, include: { organization: { include: { members: true } } } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  const org = await prisma.organization.findUnique({ where: { id: input.organizationId }, include: { members: true } });
  if (!org?.members.some((m) => m.userId === userId)) throw new Error("Forbidden");
  await prisma.project.update({ where: { id: input.id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}
