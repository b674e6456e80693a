import { prisma } from "./db";
import { requireOrgMember, type Context } from "./access";

// The write runs beside the membership lookup, before its test.
export async function besideLookup(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  const [member] = await Promise.all([
    prisma.organizationMember.findFirst({ where: { organizationId: project.organizationId, userId } }),
    prisma.project.update({ where: { id: project.id }, data: { name: "x" } }), // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  ]);
  if (!member) throw new Error("Forbidden");
  return project.name;
}

// The write runs beside the throwing helper.
export async function besideHelper(ctx: Context, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  await Promise.all([requireOrgMember(project.organizationId, ctx), prisma.project.update({ where: { id }, data: { name: "x" } })]); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

// The helper's promise made first, the write awaited before it.
export async function helperLater(ctx: Context, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  const check = requireOrgMember(project.organizationId, ctx);
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  await check;
  return project.name;
}
