declare const db: any;
declare function getSession(): Promise<{ user: { id: string } } | null>;

// The organizations of the session's user, with their members and
// projects: the caller's own tenants (marble's workspace list).
export async function myOrganizations() {
  const session = await getSession();
  if (!session) return [];
  return db.organization.findMany({
    where: { members: { some: { userId: session.user.id } } },
    select: { id: true, members: { select: { role: true } }, projects: true },
  });
}

// A filter that names no user, or excludes one, is every organization.
export async function others(userId: string) {
  await db.organization.findMany({ where: { members: { some: { role: "owner" } } }, include: { projects: true } }); // want "findMany on tenant \"Organization\" includes its \"projects\" of every organization"
  await db.organization.findMany({ where: { members: { none: { userId } } }, include: { members: true } }); // want "findMany on tenant \"Organization\" includes its \"members\" of every organization"
}
