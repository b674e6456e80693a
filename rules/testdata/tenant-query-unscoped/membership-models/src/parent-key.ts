declare const db: any;
declare function share(x: unknown): Promise<void>;

// A version proven the caller's by its organization's memberships, read
// with it: the policy it names by policyId is the same organization's
// (bklit's event definitions, found again by their project and tracking
// id); also when the membership is looked up apart.
export async function versionsOfPolicy(userId: string, id: string) {
  const version = await db.policyVersion.findUnique({
    where: { id },
    include: { policy: { include: { organization: { include: { members: { where: { userId } } } } } } },
  });
  if (!version || version.policy.organization.members.length === 0) throw new Error("forbidden");
  await db.policy.update({ where: { id: version.policyId }, data: { content: "x" } });
  return db.policyVersion.findMany({ where: { policyId: version.policyId } });
}

export async function policyOfMember(userId: string, id: string) {
  const policy = await db.policy.findUnique({ where: { id } });
  if (!policy) throw new Error("not found");
  const member = await db.member.findFirst({ where: { userId, organizationId: policy.organizationId } });
  if (!member) throw new Error("forbidden");
  return db.policyVersion.findMany({ where: { policy: { id: policy.id } } });
}

// Near misses: the key from the request, the check after the read, no
// exit, the row changed or handed on before the check.
export async function requestKey(userId: string, id: string, policyId: string) {
  const version = await db.policyVersion.findUnique({
    where: { id },
    include: { policy: { include: { organization: { include: { members: { where: { userId } } } } } } },
  });
  if (!version || version.policy.organization.members.length === 0) throw new Error("forbidden");
  return db.policyVersion.findMany({ where: { policyId } }); // want "findMany on tenant-scoped \"PolicyVersion\" does not filter"
}

export async function checkedAfter(userId: string, id: string) {
  const version = await db.policyVersion.findUnique({ // want "findUnique on tenant-scoped \"PolicyVersion\" does not filter"
    where: { id },
    include: { policy: { include: { organization: { include: { members: { where: { userId } } } } } } },
  });
  const rows = await db.policyVersion.findMany({ where: { policyId: version.policyId } }); // want "findMany on tenant-scoped \"PolicyVersion\" does not filter"
  if (!version || version.policy.organization.members.length === 0) throw new Error("forbidden");
  return rows;
}

export async function notLeft(userId: string, id: string) {
  const version = await db.policyVersion.findUnique({ // want "findUnique on tenant-scoped \"PolicyVersion\" does not filter"
    where: { id },
    include: { policy: { include: { organization: { include: { members: { where: { userId } } } } } } },
  });
  if (!version || version.policy.organization.members.length === 0) console.warn("forbidden");
  return db.policyVersion.findMany({ where: { policyId: version.policyId } }); // want "findMany on tenant-scoped \"PolicyVersion\" does not filter"
}

export async function changedRow(userId: string, id: string, other: string) {
  const version = await db.policyVersion.findUnique({
    where: { id },
    include: { policy: { include: { organization: { include: { members: { where: { userId } } } } } } },
  });
  if (!version || version.policy.organization.members.length === 0) throw new Error("forbidden");
  version.policyId = other;
  return db.policyVersion.findMany({ where: { policyId: version.policyId } }); // want "findMany on tenant-scoped \"PolicyVersion\" does not filter"
}

export async function handedFirst(userId: string, id: string) {
  const version = await db.policyVersion.findUnique({ // want "findUnique on tenant-scoped \"PolicyVersion\" does not filter"
    where: { id },
    include: { policy: { include: { organization: { include: { members: { where: { userId } } } } } } },
  });
  await share(version);
  if (!version || version.policy.organization.members.length === 0) throw new Error("forbidden");
  return db.policyVersion.findMany({ where: { policyId: version.policyId } }); // want "findMany on tenant-scoped \"PolicyVersion\" does not filter"
}
