declare const db: any;
declare function notFound(): never;

// A policy found by id alone, then the caller's membership of the
// policy's organization looked up, the function leaving without one: the
// policy is the caller's tenant's.
export async function policyPdf(session: { user: { id: string } }, policyId: string) {
  const policy = await db.policy.findUnique({
    where: { id: policyId },
    select: { content: true, organizationId: true },
  });
  if (!policy) {
    return null;
  }
  const member = await db.member.findFirst({
    where: { userId: session.user.id, organizationId: policy.organizationId, deactivated: false },
  });
  if (!member) {
    return null;
  }
  return policy.content;
}

// The compound key of the membership, through a const holding the tenant.
export async function seatPolicy(userId: string, policyId: string) {
  const policy = await db.policy.findFirst({ where: { id: policyId } });
  if (!policy) throw new Error("not found");
  const orgId = policy.organizationId;
  const seat = await db.seat.findUnique({ where: { organizationId_userId: { organizationId: orgId, userId } } });
  if (!seat) throw new Error("forbidden");
  return policy;
}

// A count of the memberships, the function leaving when it is zero.
export async function countedPolicy(userId: string, policyId: string) {
  const policy = await db.policy.findUniqueOrThrow({ where: { id: policyId } });
  const memberships = await db.member.count({ where: { organizationId: policy.organizationId, userId } });
  if (memberships === 0) {
    throw new Error("forbidden");
  }
  return policy;
}

// A membership lookup that throws without its row.
export async function thrownPolicy(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } });
  if (!policy) notFound();
  await db.member.findFirstOrThrow({ where: { userId, organizationId: policy.organizationId } });
  return policy.content;
}
