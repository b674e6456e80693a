// The request's user, with the memberships its auth guard loaded.
export type RequestUser = { id: string; orgMemberships: { organizationId: string; role: string }[] };

// pezzo's guard: it throws unless the organization is one of the user's.
export function isOrgMemberOrThrow(user: RequestUser, organizationId: string) {
  if (!user.orgMemberships.find((m) => m.organizationId === organizationId)) {
    throw new Error("Forbidden");
  }
}

// A near miss: it only logs.
export function isOrgMemberLogged(user: RequestUser, organizationId: string) {
  if (!user.orgMemberships.find((m) => m.organizationId === organizationId)) console.warn("not a member");
}

// An async guard: unawaited, its rejection throws nothing here.
export async function isOrgMemberOrThrowAsync(user: RequestUser, organizationId: string) {
  if (!user.orgMemberships.find((m) => m.organizationId === organizationId)) {
    throw new Error("Forbidden");
  }
}
