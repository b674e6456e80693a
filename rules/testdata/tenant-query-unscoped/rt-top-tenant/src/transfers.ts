// A relation between a scoped row and the top tenant by a key that is not
// the tenant field leaves the tenant: the group a transfer goes to, the
// transfers other groups made to this one.
export async function transfers(prisma: any, groupId: string, id: string) {
  await prisma.transfer.findMany({ where: { groupId }, include: { toGroup: { include: { expenses: true } } } }); // want "findMany on tenant-scoped \"Transfer\" includes its \"toGroup.expenses\""
  await prisma.group.findUnique({ where: { id }, include: { incoming: true } }); // want "findUnique on tenant \"Group\" includes its \"incoming\""
  await prisma.group.findUnique({ where: { id }, include: { incoming: { include: { group: { include: { members: true } } } } } }); // want "includes its \"incoming\""
  // By the tenant field: the group's own transfers, and the transfer's
  // own group.
  await prisma.transfer.findMany({ where: { groupId }, include: { group: { include: { expenses: true } }, toGroup: { select: { name: true } } } });
  await prisma.group.findUnique({ where: { id }, include: { transfers: { include: { toGroup: true } } } });
}

// A relation filter pins the group only through the relation held by the
// tenant field: the groups a group sent transfers to are many.
export async function byTransfers(prisma: any, id: string) {
  await prisma.group.findMany({ where: { incoming: { some: { groupId: id } } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { transfers: { some: { groupId: id } } }, include: { expenses: true } });
}

// The children of a group, or its parent found through one child, are
// other groups.
export async function byFamily(prisma: any, id: string) {
  await prisma.group.findMany({ where: { parent: { id } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { parentId: id }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findFirst({ where: { children: { some: { id } } }, include: { expenses: true } }); // want "findFirst on tenant \"Group\" includes its \"expenses\""
}

// The rows a top tenant's relation filter names are one group's by their
// tenant field alone: the transfers made to a group are many groups'.
export async function byTransferKeys(prisma: any, id: string) {
  await prisma.group.findMany({ where: { transfers: { some: { toGroupId: id } } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { transfers: { some: { toGroup: { id } } } }, include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await prisma.group.findMany({ where: { transfers: { some: { group: { id } } } }, include: { expenses: true } });
  await prisma.group.findMany({ where: { transfers: { some: { groupId: id, toGroupId: id } } }, include: { expenses: true } });
  // A scoped model's own where does not take such a key as its tenant
  // either: beside the transfer's own groupId, toGroupId names another
  // group, and the transfers made to it are many groups' rows.
  await prisma.transfer.findMany({ where: { toGroupId: id } }); // want "findMany on tenant-scoped \"Transfer\" does not filter by the tenant"
}

// The group's own notes, held by the note's scoping relation under another
// key name: they are the pinned group's rows. The note's group back is the
// same group.
export async function groupNotes(id: string) {
  const g = await prisma.group.findUnique({ where: { id }, include: { notes: true } });
  const n = await prisma.note.findMany({ where: { group: { id } }, include: { group: { include: { expenses: true } } } });
  return { g, n };
}
