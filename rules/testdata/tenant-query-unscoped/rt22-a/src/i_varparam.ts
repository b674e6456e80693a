import { prisma } from "./db";
declare function auth(): Promise<{ organizationId: string }>;

// A var of a checked parameter's name is that parameter: declared with a
// value after the check, it gives the parameter another key.
export async function varRedeclaresId(organizationId: string, id: string, otherId: string) {
  const group = await prisma.group.findUnique({ where: { id } });
  if (!group || group.organizationId !== organizationId) throw new Error("not found");
  var id = otherId;
  return prisma.group.delete({ where: { id } }); // want "delete on tenant-scoped \"Group\" does not filter by the tenant"
}

export async function varRedeclaresInputs(inputs: { transactionId: string }, other: { transactionId: string }) {
  const { organizationId } = await auth();
  const t = await prisma.transaction.findUnique({ where: { id: inputs.transactionId }, include: { action: true } });
  if (!t || t.action.organizationId !== organizationId) return false;
  var inputs = other;
  return prisma.transaction.update({ where: { id: inputs.transactionId }, data: { status: "COMPLETED" } }); // want "update on tenant-scoped \"Transaction\" does not filter by the tenant"
}

export async function varRedeclaresPart(organizationId: string, accessId: string, groupId: string, otherGroupId: string) {
  const membership = await prisma.membership.findUnique({ where: { accessId_groupId: { accessId, groupId } }, include: { group: true } });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  var groupId = otherGroupId;
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// A for statement's var initializer, likewise.
export async function forVarRedeclaresId(organizationId: string, id: string, otherId: string) {
  const group = await prisma.group.findUnique({ where: { id } });
  if (!group || group.organizationId !== organizationId) throw new Error("not found");
  for (var id = otherId; false; ) {}
  return prisma.group.delete({ where: { id } }); // want "delete on tenant-scoped \"Group\" does not filter by the tenant"
}

// twin: a var of the name in another function is another variable.
export async function varInOtherFunction(organizationId: string, id: string, otherId: string) {
  const group = await prisma.group.findUnique({ where: { id } });
  if (!group || group.organizationId !== organizationId) throw new Error("not found");
  const f = function () {
    var id = otherId;
    return id;
  };
  f();
  return prisma.group.delete({ where: { id } });
}
