export type RequestUser = { id: string; orgMemberships: { organizationId: string; role: string }[] };

// The proof's own guard: throws unless the organization is one of the user's.
export function isOrgMemberOrThrow(user: RequestUser, organizationId: string) {
  if (!user.orgMemberships.find((m) => m.organizationId === organizationId)) {
    throw new Error("Forbidden");
  }
}

// The list searched is made up of the organization asked about: the test
// holds for any organization.
export function isOrgMemberWithDefault(user: RequestUser, organizationId: string) {
  const memberships = [...user.orgMemberships, { organizationId, role: "guest" }];
  if (!memberships.some((m) => m.organizationId === organizationId)) throw new Error("Forbidden");
}

// The list the guard searches has the organization pushed into it first.
export function isOrgMemberPushed(user: RequestUser, organizationId: string) {
  const added = user.orgMemberships.push({ organizationId, role: "guest" });
  if (!user.orgMemberships.some((m) => m.organizationId === organizationId)) throw new Error("Forbidden");
  return added;
}

// The guard searches the row it is given, not the user's memberships.
export function belongsOrThrow(row: { organizationId: string }, organizationId: string) {
  if (![row].some((m) => m.organizationId === organizationId)) throw new Error("Forbidden");
}

// The proof's admin guard: the membership found held in a const.
export function isOrgAdminOrThrow(user: RequestUser, organizationId: string) {
  const membership = user.orgMemberships.find((m) => m.organizationId === organizationId);
  if (!membership || membership.role !== "admin") throw new Error("Forbidden");
}

// The guard reads the user's id first: that changes no list.
export function isOrgMemberLogged(user: RequestUser, organizationId: string) {
  const who = user.id;
  if (!user.orgMemberships.some((m) => m.organizationId === organizationId)) throw new Error(`Forbidden for ${who}`);
}

// The guard hands the user to a call first, which may add to its list.
export function isOrgMemberRefreshed(user: RequestUser, organizationId: string, refresh: (u: RequestUser) => void) {
  const refreshed = refresh(user);
  if (!user.orgMemberships.some((m) => m.organizationId === organizationId)) throw new Error("Forbidden");
  return refreshed;
}
