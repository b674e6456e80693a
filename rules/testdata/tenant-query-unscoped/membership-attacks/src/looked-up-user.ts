import { prisma } from "./db";
import { isOrgMemberOrThrow, type RequestUser } from "./guards";

declare function loadUser(id: string): Promise<RequestUser>;

// The memberships searched are those of a user the request names, looked
// up by its id: anyone's.
export async function lookedUpUser(input: { id: string; userId: string }) {
  const project = await prisma.project.findUnique({ where: { id: input.id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  const user = await prisma.user.findUnique({ where: { id: input.userId }, include: { memberships: true } });
  if (!user) throw new Error("no user");
  if (!user.memberships.some((m) => m.organizationId === project.organizationId)) throw new Error("Forbidden");
  await prisma.project.delete({ where: { id: input.id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function loadedUserGuard(input: { id: string; userId: string }) {
  const project = await prisma.project.findUnique({ where: { id: input.id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  isOrgMemberOrThrow(await loadUser(input.userId), project.organizationId);
  await prisma.project.delete({ where: { id: input.id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function loadedUserConst(input: { id: string; userId: string }) {
  const project = await prisma.project.findUnique({ where: { id: input.id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  const user = await loadUser(input.userId);
  isOrgMemberOrThrow(user, project.organizationId);
  await prisma.project.delete({ where: { id: input.id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}
