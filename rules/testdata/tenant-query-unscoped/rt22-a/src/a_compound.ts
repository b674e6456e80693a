import { prisma } from "./db";

// twin: the proof's own shape stays silent.
export async function twinRemove(organizationId: string, accessId: string, groupId: string) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId, groupId } },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } });
}

// The write in a closure called after a part is given another value.
export async function closureCalledAfterReassign(organizationId: string, accessId: string, groupId: string, otherGroupId: string) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId, groupId } },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  const remove = () => prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
  groupId = otherGroupId;
  return remove();
}

// A part read through an object changed through another name for it.
export async function aliasSetsPart(organizationId: string, input: { accessId: string; groupId: string }, otherGroupId: string) {
  const alias = input;
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId: input.accessId, groupId: input.groupId } },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  Object.assign(alias, { groupId: otherGroupId });
  return prisma.membership.delete({ where: { accessId_groupId: { accessId: input.accessId, groupId: input.groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// The compared row is another lookup's: the compound lookup's result is
// bound to a name then replaced by a lookup by id.
export async function rowReplaced(organizationId: string, accessId: string, groupId: string, id: string) {
  let membership = await prisma.membership.findUnique({ // want "findUnique on tenant-scoped \"Membership\" does not filter by the tenant"
    where: { accessId_groupId: { accessId, groupId } },
    include: { group: true },
  });
  membership = await prisma.membership.findUnique({ where: { id }, include: { group: true } });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// A part destructured anew between the lookup and the write.
export async function destructuredPart(organizationId: string, accessId: string, groupId: string, other: { groupId: string }) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId, groupId } },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  ({ groupId } = other);
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// The write in an inner block that declares the part again.
export async function blockRedeclares(organizationId: string, accessId: string, groupId: string, other: { groupId: string }) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId, groupId } },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  {
    const { groupId } = other;
    return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
  }
}

// The write in a catch whose parameter hides a part.
export async function catchHides(organizationId: string, accessId: string, groupId: string) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId, groupId } },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  try {
    throw groupId;
  } catch (groupId: any) {
    return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
  }
}

// The comparison is swallowed by a catch.
export async function compareSwallowed(organizationId: string, accessId: string, groupId: string) {
  const membership = await prisma.membership.findUnique({ // want "findUnique on tenant-scoped \"Membership\" does not filter by the tenant"
    where: { accessId_groupId: { accessId, groupId } },
    include: { group: true },
  });
  try {
    if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  } catch {}
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// A spread after the key in the write's where may replace it.
export async function writeWhereSpread(organizationId: string, accessId: string, groupId: string, rest: object) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId, groupId } },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId }, ...rest } }); // want "cannot see the where of delete on tenant-scoped \"Membership\""
}

// The lookup is in a loop; the parts are the loop's names, then the write after the loop by the last.
export async function lookupLoopVar(organizationId: string, accessId: string, groupIds: string[]) {
  let groupId = "";
  for (groupId of groupIds) {
    const membership = await prisma.membership.findUnique({
      where: { accessId_groupId: { accessId, groupId } },
      include: { group: true },
    });
    if (!membership || membership.group.organizationId !== organizationId) continue;
  }
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// The compared row tested against the caller's value only with a loose constant.
export async function comparedWithRowOwn(accessId: string, groupId: string) {
  const membership = await prisma.membership.findUnique({ // want "findUnique on tenant-scoped \"Membership\" does not filter by the tenant"
    where: { accessId_groupId: { accessId, groupId } },
    include: { group: true, access: true },
  });
  if (!membership || membership.group.organizationId !== membership.access.organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}
