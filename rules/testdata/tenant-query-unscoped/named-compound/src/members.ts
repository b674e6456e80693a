declare const prisma: any;

// A compound unique key found by the name its attribute gives it: the
// client takes spaceUser only with both spaceId and userId, so the row is
// the space's as surely as with spaceId_userId.
export async function setAdmin(spaceId: string, userId: string, isAdmin: boolean) {
  const role = await prisma.spaceRole.findUnique({ where: { spaceUser: { spaceId, userId } } });
  if (!role) return null;
  await prisma.tokenGate.delete({ where: { gate_by_user: { userId, spaceId } } });
  await prisma.role.create({ data: { spaceId, spaceRole: { connect: { spaceUser: { spaceId, userId } } } } });
  return prisma.spaceRole.update({ where: { spaceUser: { spaceId, userId } }, data: { isAdmin } });
}

// Twins: a named key without the tenant's field, and a name no key of the
// model has, still report.
export async function byEmail(userId: string, email: string, spaceId: string) {
  await prisma.spaceRole.findUnique({ where: { userEmail: { userId, email } } }); // want "findUnique on tenant-scoped \"SpaceRole\" does not filter by the tenant"
  await prisma.tokenGate.delete({ where: { spaceUser: { userId, spaceId } } }); // want "delete on tenant-scoped \"TokenGate\" does not filter by the tenant"
  await prisma.role.create({ data: { spaceId, spaceRole: { connect: { userEmail: { userId, email } } } } }); // want "create on \"Role\" links a \"SpaceRole\" by \\{ userEmail \\} alone"
}

// A compound key whose value may be undefined: the client drops it and
// finds the row by id alone, by its name or its default name. Twins: the
// key given in each branch.
export async function maybeKey(id: string, spaceId: string, userId: string, email: string, f: boolean) {
  await prisma.spaceRole.findUnique({ where: { id, spaceUser: f ? { spaceId, userId } : undefined } }); // want "findUnique on tenant-scoped \"SpaceRole\" does not filter by the tenant"
  const key = f ? { spaceId, email } : undefined;
  await prisma.spaceRole.findUnique({ where: { id, spaceId_email: key } }); // want "findUnique on tenant-scoped \"SpaceRole\" does not filter by the tenant"
  await prisma.spaceRole.findUnique({ where: { id, spaceUser: f ? { spaceId, userId } : { spaceId, userId: id } } });
  await prisma.spaceRole.findUnique({ where: { id, spaceId_email: { spaceId, email } } });
}
