declare const db: any;
declare function send(content: string): Promise<void>;

// The membership looked up but not tested.
export async function unchecked(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  const member = await db.member.findFirst({ where: { userId, organizationId: policy.organizationId } });
  console.log(member);
  return policy;
}

// Tested only after the policy was sent.
export async function usedFirst(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  await send(policy.content);
  const member = await db.member.findFirst({ where: { userId, organizationId: policy.organizationId } });
  if (!member) return null;
  return policy;
}

// The membership of another row's organization.
export async function otherRow(userId: string, policyId: string, otherId: string) {
  const other = await db.policy.findFirst({ where: { id: otherId, organizationId: "org" } });
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  const member = await db.member.findFirst({ where: { userId, organizationId: other.organizationId } });
  if (!member) return null;
  return policy;
}

// An invitation holds the same two keys, but the configuration names no
// such model a membership.
export async function notNamed(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  const invite = await db.invite.findFirst({ where: { inviterId: userId, organizationId: policy.organizationId } });
  if (!invite) return null;
  return policy;
}

// Either key would do in an OR: any member of the organization, or any
// membership of the user.
export async function either(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  const member = await db.member.findFirst({ where: { OR: [{ userId }, { organizationId: policy.organizationId }] } }); // want "findFirst on tenant-scoped \"Member\" has an OR branch without the tenant"
  if (!member) return null;
  return policy;
}

// The user taken from the row itself: the owner is a member of the
// organization, the caller need not be.
export async function ownerIsMember(policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  const member = await db.member.findFirst({ where: { userId: policy.ownerId, organizationId: policy.organizationId } });
  if (!member) return null;
  return policy;
}

// A user that may be undefined drops its filter: any member matches.
export async function maybeNobody(session: { user?: { id: string } }, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  const member = await db.member.findFirst({ where: { userId: session.user?.id, organizationId: policy.organizationId } });
  if (!member) return null;
  return policy;
}

// A test that does not leave.
export async function logsOnly(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  const member = await db.member.findFirst({ where: { userId, organizationId: policy.organizationId } });
  if (!member) console.log("not a member");
  return policy;
}

// A select without the tenant field: the membership's filter on it is
// undefined, and dropped.
export async function notSelected(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId }, select: { content: true } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  const member = await db.member.findFirst({ where: { userId, organizationId: policy.organizationId } });
  if (!member) return null;
  return policy.content;
}

// The row's tenant used before the check: the invites of another
// organization are gone by then.
export async function tenantUsedFirst(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  await db.invite.deleteMany({ where: { organizationId: policy.organizationId } });
  const member = await db.member.findFirst({ where: { userId, organizationId: policy.organizationId } });
  if (!member) return null;
  return policy;
}

// A spread after the keys may replace them.
export async function spreadAfter(userId: string, policyId: string, filter: object) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  const member = await db.member.findFirst({ where: { userId, organizationId: policy.organizationId, ...filter } }); // want "cannot see"
  if (!member) return null;
  return policy;
}

// A thrown lookup whose throw a catch takes without leaving.
export async function caught(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  try {
    await db.member.findFirstOrThrow({ where: { userId, organizationId: policy.organizationId } });
  } catch {
    console.log("not a member");
  }
  return policy;
}

// The check under a condition of its own: without it, the row goes out.
export async function sometimes(userId: string, policyId: string, strict: boolean) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  if (strict) {
    const member = await db.member.findFirst({ where: { userId, organizationId: policy.organizationId } });
    if (!member) return null;
  }
  return policy;
}

// The row replaced before the check: the membership is that of the first.
export async function replaced(userId: string, policyId: string, otherId: string) {
  let policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  const orgId = policy.organizationId;
  policy = await db.policy.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  const member = await db.member.findFirst({ where: { userId, organizationId: orgId } });
  if (!member) return null;
  return policy;
}

// The tenant field omitted, or options spread into the lookup that may
// select or omit it: the row's organizationId may be undefined, and the
// membership's filter on it dropped.
export async function omitted(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId }, omit: { organizationId: true } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  const member = await db.member.findFirst({ where: { userId, organizationId: policy.organizationId } });
  if (!member) return null;
  return policy;
}

export async function spreadOptions(userId: string, policyId: string, options: object) {
  const policy = await db.policy.findUnique({ ...options, where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  const member = await db.member.findFirst({ where: { userId, organizationId: policy.organizationId } });
  if (!member) return null;
  return policy;
}
