import { prisma } from "./db";
import { hasAccessThen, requireOrgMemberThen, type Context } from "./access";

// The membership lookup's missing row replaced by a default through then.
export async function thenHelper(ctx: Context, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  await requireOrgMemberThen(project.organizationId, ctx);
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function thenErrorHelper(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  const { error } = await hasAccessThen({ organizationId: project.organizationId, userId });
  if (error) throw error;
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function thenLookup(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  const member = await prisma.organizationMember.findFirst({ where: { organizationId: project.organizationId, userId } }).then((m) => m ?? { role: "viewer" });
  if (!member) throw new Error("Forbidden");
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function orDefaultLookup(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  const member = (await prisma.organizationMember.findFirst({ where: { organizationId: project.organizationId, userId } })) || { role: "viewer" };
  if (!member) throw new Error("Forbidden");
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}
