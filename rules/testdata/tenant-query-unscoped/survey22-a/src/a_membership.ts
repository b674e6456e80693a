import { prisma } from "./db";
declare function later(f: () => void): void;

// A membership found by its compound unique key and compared with the
// tenant through its group, then deleted by that same key: the key names
// the compared row, as its id would.
export async function removeFromGroup(organizationId: string, accessId: string, groupId: string) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId, groupId } },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) {
    throw new Error("not found");
  }
  return prisma.membership.delete({
    where: { accessId_groupId: { accessId, groupId } },
  });
}

// The same through the access path.
export async function removeFromGroupViaAccess(organizationId: string, accessId: string, groupId: string) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId, groupId } },
    include: { access: true },
  });
  if (!membership || membership.access.organizationId !== organizationId) {
    throw new Error("not found");
  }
  return prisma.membership.delete({
    where: { accessId_groupId: { accessId, groupId } },
  });
}

// Keys read from the input, in another order, and an update.
export async function moveInGroup(organizationId: string, input: { accessId: string; groupId: string }) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId: input.accessId, groupId: input.groupId } },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.update({
    where: { accessId_groupId: { groupId: input.groupId, accessId: input.accessId } },
    data: {},
  });
}

// twin: by the compared row's id (silent before too)
export async function removeById(organizationId: string, accessId: string, groupId: string) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId, groupId } },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { id: membership.id } });
}

// One part is another value than the compared lookup's.
export async function otherGroup(organizationId: string, accessId: string, groupId: string, otherGroupId: string) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId, groupId } },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId: otherGroupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// One part is given another value between the lookup and the write.
export async function reassignedPart(organizationId: string, accessId: string, groupId: string, otherGroupId: string) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId, groupId } },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  groupId = otherGroupId;
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// A part read from an object whose field is set between them.
export async function fieldSetPart(organizationId: string, input: { accessId: string; groupId: string }, otherGroupId: string) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId: input.accessId, groupId: input.groupId } },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  input.groupId = otherGroupId;
  return prisma.membership.delete({ where: { accessId_groupId: { accessId: input.accessId, groupId: input.groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// A part given another value later, by a closure that may run first.
export async function closureReassigns(organizationId: string, accessId: string, groupId: string, otherGroupId: string) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId, groupId } },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  later(() => {
    groupId = otherGroupId;
  });
  await prisma.access.findFirst({ where: { id: accessId, organizationId } });
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// The comparison does not leave: the row is only logged.
export async function compareNotLeaving(organizationId: string, accessId: string, groupId: string) {
  const membership = await prisma.membership.findUnique({ // want "findUnique on tenant-scoped \"Membership\" does not filter by the tenant"
    where: { accessId_groupId: { accessId, groupId } },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) console.log("elsewhere");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// No comparison at all.
export async function notCompared(accessId: string, groupId: string) {
  const membership = await prisma.membership.findUnique({ where: { accessId_groupId: { accessId, groupId } } }); // want "findUnique on tenant-scoped \"Membership\" does not filter by the tenant"
  if (!membership) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// A spread after the parts may give them other values.
export async function spreadAfterParts(organizationId: string, accessId: string, groupId: string, rest: { groupId: string }) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId, groupId } },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId, ...rest } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// The write in a callback whose own parameter hides the compared groupId.
export async function shadowedPart(organizationId: string, accessId: string, groupId: string, groupIds: string[]) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId, groupId } },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  return Promise.all(groupIds.map((groupId) => prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }))); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// The compared lookup runs in a sibling closure, not before the write.
export async function siblingLookup(organizationId: string, accessId: string, groupId: string) {
  const check = async () => {
    const membership = await prisma.membership.findUnique({
      where: { accessId_groupId: { accessId, groupId } },
      include: { group: true },
    });
    if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  };
  const remove = () => prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
  return [check, remove];
}

// The lookup's where gives the key under an OR: the row found may be
// another one.
export async function lookupUnderOr(organizationId: string, accessId: string, groupId: string, id: string) {
  const membership = await prisma.membership.findFirst({
    where: { OR: [{ id }, { accessId, groupId }] },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// The compared lookup runs only in a branch the write does not need.
export async function lookupInBranch(organizationId: string, accessId: string, groupId: string, check: boolean) {
  if (check) {
    const membership = await prisma.membership.findUnique({
      where: { accessId_groupId: { accessId, groupId } },
      include: { group: true },
    });
    if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  }
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// The lookup's where spreads another object after the key, which may
// replace it.
export async function lookupWhereSpread(organizationId: string, accessId: string, groupId: string, extra: object) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId, groupId }, ...extra },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// One part is the id of an access compared with the tenant: the key names
// a membership of that access (proven by the parent's part, as before).
export async function otherModelLookup(organizationId: string, accessId: string, groupId: string) {
  const access = await prisma.access.findUnique({ where: { id: accessId } });
  if (!access || access.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } });
}

// The comparison comes only after the write.
export async function comparedAfterWrite(organizationId: string, accessId: string, groupId: string) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId, groupId } },
    include: { group: true },
  });
  await prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
}

// The compared lookup was by the row's id; the write by a compound key
// whose parts no lookup gave.
export async function lookupByIdWriteByKey(organizationId: string, id: string, accessId: string, groupId: string) {
  const membership = await prisma.membership.findUnique({ where: { id }, include: { group: true } });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// The compared lookup gave only one part the same value: the key is the
// same, the group another.
export async function lookupOtherPart(organizationId: string, accessId: string, groupId: string, firstGroupId: string) {
  const membership = await prisma.membership.findUnique({
    where: { accessId_groupId: { accessId, groupId: firstGroupId } },
    include: { group: true },
  });
  if (!membership || membership.group.organizationId !== organizationId) throw new Error("not found");
  return prisma.membership.delete({ where: { accessId_groupId: { accessId, groupId } } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}
