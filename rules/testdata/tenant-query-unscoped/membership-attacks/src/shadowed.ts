import { prisma } from "./db";
import { isOrgMemberOrThrow, type RequestUser } from "./guards";
import { requireOrgMember, type Context } from "./access";

export { isOrgMemberOrThrow, requireOrgMember };

// The guards' names given to a parameter or a local: another function.
// (The imported guards' own twins are in inline.ts and throw.ts: a file
// binding a helper's name twice proves nothing by it at all.)
export async function paramGuard(user: RequestUser, id: string, isOrgMemberOrThrow: (u: RequestUser, o: string) => void) {
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  isOrgMemberOrThrow(user, invitation.organizationId);
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function localGuard(user: RequestUser, id: string) {
  const isOrgMemberOrThrow = (u: RequestUser, o: string) => console.log(u, o);
  const invitation = await prisma.invitation.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!invitation) throw new Error("not found");
  isOrgMemberOrThrow(user, invitation.organizationId);
  return prisma.invitation.delete({ where: { id } }); // want "delete on tenant-scoped \"Invitation\" does not filter by the tenant"
}

export async function paramThrow(ctx: Context, id: string, requireOrgMember: (o: string, c: Context) => Promise<void>) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  await requireOrgMember(project.organizationId, ctx);
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function blockThrow(ctx: Context, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) return null;
  {
    const requireOrgMember = async (o: string, c: Context) => console.log(o, c);
    await requireOrgMember(project.organizationId, ctx);
    await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
  return project.name;
}
