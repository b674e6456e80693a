declare const prisma: any;
declare function requireUser(r: unknown): Promise<{ id: string }>;

// The rows of the organizations the user belongs to: a membership filter
// on the tenant model scopes as its id does.
export async function byMembership(request: unknown, friendlyId: string) {
  const user = await requireUser(request);
  await prisma.deployment.findFirst({
    where: { friendlyId, project: { organization: { members: { some: { userId: user.id } } } } },
  });
  await prisma.document.findMany({ where: { organization: { members: { some: { user: { id: user.id } } } } } });
  await prisma.document.findMany({ where: { organization: { is: { members: { some: { role: "ADMIN", userId: user.id } } } } } });
  return prisma.project.findMany({ where: { organization: { members: { some: { user: { is: { id: user.id } } } } } } });
}

// every and none hold for organizations without members; a membership
// without a user, or one by the user's email, names no tenant.
export async function notMembership(request: unknown, friendlyId: string, email: string) {
  const user = await requireUser(request);
  await prisma.deployment.findFirst({ where: { friendlyId, project: { organization: { members: { every: { userId: user.id } } } } } }); // want "findFirst on tenant-scoped \"Deployment\" does not filter"
  await prisma.deployment.findFirst({ where: { friendlyId, project: { organization: { members: { none: { userId: user.id } } } } } }); // want "findFirst on tenant-scoped \"Deployment\" does not filter"
  await prisma.document.findMany({ where: { organization: { members: { some: { role: "ADMIN" } } } } }); // want "findMany on tenant-scoped \"Document\" does not filter"
  return prisma.document.findMany({ where: { organization: { members: { some: { user: { email } } } } } }); // want "findMany on tenant-scoped \"Document\" does not filter"
}

// An invite is not a membership: a user may have invited people to any
// number of organizations and belong to none.
export async function byInviter(userId: string) {
  return prisma.document.findMany({ where: { organization: { invites: { some: { inviterId: userId } } } } }); // want "findMany on tenant-scoped \"Document\" does not filter"
}

// Prisma drops an undefined filter: every organization with a member.
export async function undefinedUser(session?: { userId: string }) {
  return prisma.document.findMany({ where: { organization: { members: { some: { userId: session?.userId } } } } }); // want "findMany on tenant-scoped \"Document\" filters by a tenant value that may be undefined"
}
