import { prisma } from "./db";

// Twin: the row's organization's members loaded, the caller among them.
export async function searchedTwin(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id }, include: { organization: { include: { members: true } } } });
  if (!project) throw new Error("not found");
  if (!project.organization.members.some((m) => m.userId === userId)) throw new Error("Forbidden");
  await prisma.project.delete({ where: { id } });
  return project.name;
}

// The member searched for is the row's own creator: a member of the
// row's organization, whichever it is.
export async function creatorAmongMembers(id: string) {
  const project = await prisma.project.findUnique({ where: { id }, include: { organization: { include: { members: true } } } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  if (!project.organization.members.some((m) => m.userId === project.createdById)) throw new Error("Forbidden");
  await prisma.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function creatorCopied(id: string) {
  const project = await prisma.project.findUnique({ where: { id }, include: { organization: { include: { members: true } } } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  const creator = project.createdById;
  if (!project.organization.members.find((m) => m.userId === creator)) throw new Error("Forbidden");
  await prisma.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

// The member searched for is named by another tenant's row.
export async function otherRowsCreator(id: string, otherId: string) {
  const other = await prisma.project.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  const project = await prisma.project.findUnique({ where: { id }, include: { organization: { include: { members: true } } } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project || !other) throw new Error("not found");
  if (!project.organization.members.some((m) => m.userId === other.createdById)) throw new Error("Forbidden");
  await prisma.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

// The member searched for by a role only: any organization with an owner.
export async function anyOwner(id: string) {
  const project = await prisma.project.findUnique({ where: { id }, include: { organization: { include: { members: true } } } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  if (!project.organization.members.some((m) => m.role === "owner")) throw new Error("Forbidden");
  await prisma.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

// every holds for an organization without members.
export async function everyMember(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id }, include: { organization: { include: { members: true } } } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  if (!project.organization.members.every((m) => m.userId === userId)) throw new Error("Forbidden");
  await prisma.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

// The user or the member may be missing.
export async function eitherSide(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id }, include: { organization: { include: { members: true } } } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  if (!project.organization.members.some((m) => m.userId === userId || m.role === "owner")) throw new Error("Forbidden");
  await prisma.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}
