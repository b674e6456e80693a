declare const prisma: any;

// A user found by a membership filter is one of the tenant's members, but
// the rows it holds span every organization it belongs to: the invites it
// sent elsewhere are other tenants' rows.
export async function revokeInvites(organizationId: string, email: string) {
  const user = await prisma.user.findFirst({ where: { email, memberships: { some: { organizationId } } }, include: { invites: true } });
  if (!user) return;
  await prisma.invite.deleteMany({ where: { id: { in: user.invites.map((i: any) => i.id) } } }); // want "deleteMany on tenant-scoped \"Invite\" does not filter"
  await prisma.invite.delete({ where: { id: user.invites[0].id } }); // want "delete on tenant-scoped \"Invite\" does not filter"
  for (const invite of user.invites) {
    await prisma.invite.delete({ where: { id: invite.id } }); // want "delete on tenant-scoped \"Invite\" does not filter"
  }
}

// The organization's own invites are its own.
export async function revokeAll(organizationId: string) {
  const org = await prisma.organization.findUnique({ where: { id: organizationId }, include: { invites: true } });
  if (!org) return;
  await prisma.invite.deleteMany({ where: { id: { in: org.invites.map((i: any) => i.id) } } });
  await prisma.invite.delete({ where: { id: org.invites[0].id } });
  for (const invite of org.invites) {
    await prisma.invite.delete({ where: { id: invite.id } });
  }
}
