import { prisma } from "./db";
declare function auth(): Promise<{ organizationId: string }>;

// A loop declaring a var of the checked parameter's name gives that same
// parameter each element: the write reads the last element's key.
export async function varLoopOverParam(inputs: { transactionId: string }, list: { transactionId: string }[]) {
  const { organizationId } = await auth();
  const t = await prisma.transaction.findUnique({ where: { id: inputs.transactionId }, include: { action: true } });
  if (!t || t.action.organizationId !== organizationId) return false;
  for (var inputs of list) {
    console.log(inputs);
  }
  return prisma.transaction.update({ where: { id: inputs.transactionId }, data: { status: "COMPLETED" } }); // want "update on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The same with a bare key.
export async function varLoopOverId(organizationId: string, id: string, ids: string[]) {
  const group = await prisma.group.findUnique({ where: { id } });
  if (!group || group.organizationId !== organizationId) throw new Error("not found");
  for (var id of ids) {
    console.log(id);
  }
  return prisma.group.delete({ where: { id } }); // want "delete on tenant-scoped \"Group\" does not filter by the tenant"
}

// A compound key's part.
export async function varLoopOverPart(organizationId: string, accessId: string, groupId: string, groupIds: string[]) {
  const membership = await prisma.membership.findUnique({ where: { accessId_groupId: { accessId, groupId } }, include: { group: true } });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  for (var groupId of groupIds) {
    console.log(groupId);
  }
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// twin: a let loop variable of the name is another binding, gone after the loop.
export async function letLoopOverId(organizationId: string, id: string, ids: string[]) {
  const group = await prisma.group.findUnique({ where: { id } });
  if (!group || group.organizationId !== organizationId) throw new Error("not found");
  for (const id of ids) {
    console.log(id);
  }
  return prisma.group.delete({ where: { id } });
}

// twin: a var loop whose every turn looks its own key up and compares it
// before writing by it.
export async function varLoopCheckedEachTurn(organizationId: string, ids: string[]) {
  for (var id of ids) {
    const group = await prisma.group.findUnique({ where: { id } });
    if (!group || group.organizationId !== organizationId) throw new Error("not found");
    await prisma.group.delete({ where: { id } });
  }
}
