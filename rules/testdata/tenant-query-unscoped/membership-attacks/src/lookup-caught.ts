import { prisma } from "./db";
import { hasAccessToOrg } from "./access";

// The lookup's test, or the helper's, inside a try whose catch goes on.
export async function lookupTestCaught(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  const member = await prisma.organizationMember.findFirst({ where: { organizationId: project.organizationId, userId } });
  try {
    if (!member) throw new Error("Forbidden");
  } catch (e) {
    console.warn(e);
  }
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function helperTestCaught(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  try {
    const { error } = await hasAccessToOrg({ organizationId: project.organizationId, userId });
    if (error) throw error;
  } catch (e) {
    console.warn(e);
  }
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

// The membership looked up in one branch only.
export async function lookupInBranch(userId: string, id: string, strict: boolean) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  if (strict) {
    const member = await prisma.organizationMember.findFirst({ where: { organizationId: project.organizationId, userId } });
    if (!member) throw new Error("Forbidden");
  }
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

// A loop's break past the test.
export async function lookupBreak(userId: string, ids: string[]) {
  for (const id of ids) {
    const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
    if (!project) continue;
    const member = await prisma.organizationMember.findFirst({ where: { organizationId: project.organizationId, userId } });
    if (project.name === "skip") break;
    if (!member) throw new Error("Forbidden");
  }
  return null;
}
