import { hasAccessOrPublic, hasAccessToOrg, hasAnyMember, hasInvite, spreadAccess } from "./access";

declare const db: any;

// The helper lets a public organization's visitors in without a membership.
export async function publicPolicy(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  if (!policy) throw new Error("not found");
  const { error } = await hasAccessOrPublic({ organizationId: policy.organizationId, userId });
  if (error) throw error;
  return policy.content;
}

// The result is not tested.
export async function untested(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  if (!policy) throw new Error("not found");
  const { error } = await hasAccessToOrg({ organizationId: policy.organizationId, userId });
  console.log(error);
  return policy.content;
}

// The row's organization changed before the call.
export async function changedTenant(userId: string, policyId: string, orgId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  if (!policy) throw new Error("not found");
  policy.organizationId = orgId;
  const { error } = await hasAccessToOrg({ organizationId: policy.organizationId, userId });
  if (error) throw error;
  return policy.content;
}

// The user read from the row itself.
export async function ownerAsUser(policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  if (!policy) throw new Error("not found");
  const { error } = await hasAccessToOrg({ organizationId: policy.organizationId, userId: policy.ownerId });
  if (error) throw error;
  return policy.content;
}

// The row read before the check.
export async function readFirst(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  if (!policy) throw new Error("not found");
  if (policy.content === "") return null;
  const { error } = await hasAccessToOrg({ organizationId: policy.organizationId, userId });
  if (error) throw error;
  return policy.content;
}

// The test inside a branch the row's use is not in.
export async function testedInBranch(userId: string, policyId: string, strict: boolean) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  if (!policy) throw new Error("not found");
  if (strict) {
    const { error } = await hasAccessToOrg({ organizationId: policy.organizationId, userId });
    if (error) throw error;
  }
  return policy.content;
}

// A helper asking for any member, not the user.
export async function anyMember(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  if (!policy) throw new Error("not found");
  const { error } = await hasAnyMember({ organizationId: policy.organizationId, userId });
  if (error) throw error;
  return policy.content;
}

// A helper looking up another model than the memberships named.
export async function invited(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  if (!policy) throw new Error("not found");
  const { error } = await hasInvite({ organizationId: policy.organizationId, userId });
  if (error) throw error;
  return policy.content;
}

// An error a spread may replace.
export async function spread(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  if (!policy) throw new Error("not found");
  const { error } = await spreadAccess({ organizationId: policy.organizationId, userId, extra: {} });
  if (error) throw error;
  return policy.content;
}

// The success of another result tested.
export async function otherResult(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } }); // want "findUnique on tenant-scoped \"Policy\" does not filter"
  if (!policy) throw new Error("not found");
  const { isAdmin } = await hasAccessToOrg({ organizationId: policy.organizationId, userId });
  if (!isAdmin) throw new Error("forbidden");
  return policy.content;
}

// A write by the id before the test: the lookup is proven, the write not.
export async function removedFirst(userId: string, policyId: string) {
  const policy = await db.policy.findUnique({ where: { id: policyId } });
  if (!policy) throw new Error("not found");
  const { error } = await hasAccessToOrg({ userId, organizationId: policy.organizationId });
  await db.policy.delete({ where: { id: policyId } }); // want "delete on tenant-scoped \"Policy\" does not filter"
  if (error) throw error;
}
