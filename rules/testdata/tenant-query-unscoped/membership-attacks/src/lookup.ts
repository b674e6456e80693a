import { prisma } from "./db";

// Twin: the caller's membership of the row's organization looked up, the
// function leaving without one.
export async function lookupTwin(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id } });
  if (!project) throw new Error("not found");
  const member = await prisma.organizationMember.findFirst({ where: { organizationId: project.organizationId, userId } });
  if (!member) throw new Error("Forbidden");
  await prisma.project.update({ where: { id }, data: { name: "x" } });
  return project.name;
}

// The membership made if missing: the caller joins the row's
// organization, whichever it is.
export async function upserted(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  const member = await prisma.organizationMember.upsert({
    where: { organizationId_userId: { organizationId: project.organizationId, userId } },
    create: { organizationId: project.organizationId, userId, role: "member" },
    update: {},
  });
  if (!member) throw new Error("Forbidden");
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

// A findMany's list is never falsy: `!members` leaves for nobody.
export async function listNeverFalsy(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  const members = await prisma.organizationMember.findMany({ where: { organizationId: project.organizationId, userId } });
  if (!members) throw new Error("Forbidden");
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

// The member asked about is one a row names: another row of the same
// model (whose author the caller picks), or the row's own, copied first.
export async function otherRowsUser(id: string, otherId: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  const other = await prisma.invitation.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  if (!other) throw new Error("not found");
  const member = await prisma.organizationMember.findFirst({ where: { organizationId: project.organizationId, userId: other.email } });
  if (!member) throw new Error("Forbidden");
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

// The membership found, but for the row's organization only when the
// caller names none (the claimed organization wins).
export async function claimedOrg(userId: string, id: string, orgId?: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  const member = await prisma.organizationMember.findFirst({ where: { organizationId: orgId ?? project.organizationId, userId } });
  if (!member) throw new Error("Forbidden");
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

// The key changed after the check: the write reaches another row.
export async function keyChanged(userId: string, input: { id: string; otherId: string }) {
  const project = await prisma.project.findUnique({ where: { id: input.id } });
  if (!project) throw new Error("not found");
  const member = await prisma.organizationMember.findFirst({ where: { organizationId: project.organizationId, userId } });
  if (!member) throw new Error("Forbidden");
  input.id = input.otherId;
  await prisma.project.update({ where: { id: input.id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

export async function letKeyChanged(userId: string, projectId: string, otherId: string) {
  let id = projectId;
  const project = await prisma.project.findUnique({ where: { id } });
  if (!project) throw new Error("not found");
  const member = await prisma.organizationMember.findFirst({ where: { organizationId: project.organizationId, userId } });
  if (!member) throw new Error("Forbidden");
  id = otherId;
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

// The other row's author copied to a const first.
export async function otherRowsUserCopied(id: string, otherId: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!project) throw new Error("not found");
  const other = await prisma.invitation.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Invitation\" does not filter by the tenant"
  const userId = other!.email;
  const member = await prisma.organizationMember.findFirst({ where: { organizationId: project.organizationId, userId } });
  if (!member) throw new Error("Forbidden");
  await prisma.project.update({ where: { id }, data: { name: "x" } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  return project.name;
}

// Twin: the user's id read from the user's own row, which is no tenant's.
export async function ownUserRow(email: string, id: string) {
  const me = await prisma.user.findUnique({ where: { email } });
  if (!me) throw new Error("signed in users only");
  const project = await prisma.project.findUnique({ where: { id } });
  if (!project) throw new Error("not found");
  const member = await prisma.organizationMember.findFirst({ where: { organizationId: project.organizationId, userId: me.id } });
  if (!member) throw new Error("Forbidden");
  await prisma.project.update({ where: { id }, data: { name: "x" } });
  return project.name;
}

// Twin: a membership count, the function leaving on none.
export async function counted(userId: string, id: string) {
  const project = await prisma.project.findUnique({ where: { id } });
  if (!project) throw new Error("not found");
  const members = await prisma.organizationMember.count({ where: { organizationId: project.organizationId, userId } });
  if (members === 0) throw new Error("Forbidden");
  return project.name;
}
