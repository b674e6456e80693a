declare const db: any;
declare function send(x: unknown): Promise<void>;

// The row's organization's memberships read with it, filtered by the
// caller, and the function leaving when there are none (bklit's server
// actions on better-auth's Member, which has no unique key on the pair):
// the row is a tenant of the caller's, and so is a later write by its key.
export async function renamePolicy(session: { user: { id: string } }, id: string, content: string) {
  const policy = await db.policy.findUnique({
    where: { id },
    include: { organization: { include: { members: { where: { userId: session.user.id } } } } },
  });
  if (!policy || policy.organization.members.length === 0) return null;
  await db.policy.update({ where: { id }, data: { content } });
  return policy;
}

export async function versionBody(userId: string, id: string) {
  const version = await db.policyVersion.findUnique({
    where: { id },
    include: { policy: { include: { organization: { include: { members: { where: { userId } } } } } } },
  });
  if (!version) throw new Error("not found");
  const membership = version.policy?.organization?.members[0];
  if (!membership) throw new Error("forbidden");
  await db.policyVersion.delete({ where: { id } });
  return version.body;
}

// The same proof as a relation filter: the organizations the user is a
// member of.
export async function memberPolicy(userId: string, id: string) {
  const policy = await db.policy.findFirst({ where: { id, organization: { members: { some: { userId } } } } });
  if (!policy) throw new Error("forbidden");
  await db.policy.delete({ where: { id } });
}

// Near misses: memberships not filtered by the user, no exit, the row
// sent before the exit, another row's memberships tested, the exit after
// the write.
export async function anyMember(id: string) {
  const policy = await db.policy.findUnique({ where: { id }, include: { organization: { include: { members: { where: { deactivated: false } } } } } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  if (!policy || policy.organization.members.length === 0) return null;
  return policy;
}

export async function notLeft(userId: string, id: string) {
  const policy = await db.policy.findUnique({ where: { id }, include: { organization: { include: { members: { where: { userId } } } } } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  if (policy.organization.members.length === 0) console.warn("not a member");
  return policy;
}

export async function sentFirst(userId: string, id: string) {
  const policy = await db.policy.findUnique({ where: { id }, include: { organization: { include: { members: { where: { userId } } } } } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  await send(policy);
  if (!policy || policy.organization.members.length === 0) return null;
  return policy;
}

export async function otherTested(userId: string, id: string, otherId: string) {
  const policy = await db.policy.findUnique({ where: { id }, include: { organization: { include: { members: { where: { userId } } } } } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  const other = await db.policy.findFirst({ where: { id: otherId, organization: { members: { some: { userId } } } } });
  if (!other || other.organization.members.length === 0) return null;
  return policy;
}

export async function writtenFirst(userId: string, id: string, content: string) {
  const policy = await db.policy.findUnique({ where: { id }, include: { organization: { include: { members: { where: { userId } } } } } });
  await db.policy.update({ where: { id }, data: { content } }); // want "update on tenant-scoped \"Policy\" does not filter"
  if (!policy || policy.organization.members.length === 0) return null;
  return policy;
}

// Near miss: the id reassigned by a closure run after the membership is
// tested.
export async function renameReset(userId: string, id: string, otherId: string, content: string) {
  const reset = () => {
    id = otherId;
  };
  const policy = await db.policy.findUnique({ where: { id }, include: { organization: { include: { members: { where: { userId } } } } } });
  if (!policy || policy.organization.members.length === 0) return null;
  reset();
  await db.policy.update({ where: { id }, data: { content } }); // want "update on tenant-scoped \"Policy\" does not filter"
}
