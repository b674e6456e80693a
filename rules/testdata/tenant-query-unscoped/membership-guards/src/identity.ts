// The request's user, with the memberships its auth guard loaded.
export type RequestUser = { id: string; orgMemberships: { organizationId: string; role: string }[] };

// pezzo's guards: they throw unless the organization is one of the user's.
export function isOrgMemberOrThrow(user: RequestUser, organizationId: string) {
  if (!user.orgMemberships.find((m) => m.organizationId === organizationId)) {
    throw new Error("Forbidden");
  }
}

export function isOrgAdminOrThrow(user: RequestUser, organizationId: string) {
  const membership = user.orgMemberships.find((m) => m.organizationId === organizationId);
  if (!membership || membership.role !== "admin") {
    throw new Error("Forbidden");
  }
}

export async function isOrgMemberAsync(user: RequestUser, organizationId: string) {
  if (!user.orgMemberships.some((m) => m.organizationId === organizationId)) throw new Error("Forbidden");
}

// Near misses: one only logs; one returns first for some; one tests
// another parameter; one compares with !==.
export function isOrgMemberLogged(user: RequestUser, organizationId: string) {
  if (!user.orgMemberships.find((m) => m.organizationId === organizationId)) console.warn("not a member");
}

export function isOrgMemberUnlessAdmin(user: RequestUser, organizationId: string, admin: boolean) {
  if (admin) return;
  if (!user.orgMemberships.find((m) => m.organizationId === organizationId)) throw new Error("Forbidden");
}

export function isOtherOrgMember(user: RequestUser, organizationId: string, otherId: string) {
  if (!user.orgMemberships.find((m) => m.organizationId === otherId)) throw new Error("Forbidden");
  return organizationId;
}

export function isOrgMemberInverted(user: RequestUser, organizationId: string) {
  if (!user.orgMemberships.find((m) => m.organizationId !== organizationId)) throw new Error("Forbidden");
}

// Returns on refusal: the guard ends, its caller does not.
export function isOrgMemberReturns(user: RequestUser, organizationId: string) {
  if (!user.orgMemberships.find((m) => m.organizationId === organizationId)) return false;
  return true;
}
