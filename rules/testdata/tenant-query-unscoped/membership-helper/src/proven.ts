import { hasAccessToOrg, hasSeat } from "./access";

declare const db: any;

// A policy found by id alone, then the caller's membership of its
// organization checked by an imported helper that hands back an error.
export async function deletePolicy(req: { session: { user: { id: string } } }, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } });
  if (!policy) {
    throw new Error("not found");
  }
  const { error } = await hasAccessToOrg({ organizationId: policy.organizationId, userId: req.session.user.id, adminOnly: true });
  if (error) {
    throw error;
  }
  return policy.content;
}

// The result kept whole, its success tested; the helper's entries renamed.
export async function seatPolicy(userId: string, policyId: string) {
  const policy = await db.policy.findFirst({ where: { id: policyId } });
  if (!policy) return null;
  const orgId = policy.organizationId;
  const access = await hasSeat({ org: orgId, user: userId });
  if (!access.success) {
    return null;
  }
  return policy;
}

// A row never used again after the check.
export async function checkedOnly(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } });
  if (!policy) throw new Error("not found");
  const { error: denied } = await hasAccessToOrg({ userId, organizationId: policy.organizationId });
  if (denied) throw denied;
  return true;
}

// A write by the id of the row proven, after the test.
export async function removePolicy(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } });
  if (!policy) throw new Error("not found");
  const { error } = await hasAccessToOrg({ userId, organizationId: policy.organizationId });
  if (error) throw error;
  await db.policy.delete({ where: { id: policyId } });
}
