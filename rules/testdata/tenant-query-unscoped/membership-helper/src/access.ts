declare const db: any;

class InvalidInputError extends Error {}
class NotMemberError extends Error {}
class AdminOnlyError extends Error {}

type Input = { userId?: string; organizationId: string; adminOnly?: boolean };

// Hands back an error unless the user is a member of the organization.
export async function hasAccessToOrg({ userId, organizationId, adminOnly = false }: Input) {
  if (!organizationId || !userId) {
    return { error: new InvalidInputError("both ids are required") };
  }
  const member = await db.member.findFirst({ where: { organizationId, userId } });
  if (!member) {
    return { error: new NotMemberError() };
  } else if (adminOnly && !member.isAdmin) {
    return { error: new AdminOnlyError() };
  }
  return { success: true, member };
}

// The same through the compound key of a seat, its entries renamed.
export const hasSeat = async ({ user: uid, org: orgId }: { user: string; org: string }) => {
  const seat = await db.seat.findUnique({ where: { organizationId_userId: { organizationId: orgId, userId: uid } } });
  if (!seat) return { error: new NotMemberError() };
  return { success: true };
};

// Public organizations let anyone in before the membership is looked up.
export async function hasAccessOrPublic({ userId, organizationId }: Input) {
  const org = await db.organization.findUnique({ where: { id: organizationId } });
  if (org?.public) {
    return { success: true };
  }
  const member = await db.member.findFirst({ where: { organizationId, userId } });
  if (!member) {
    return { error: new NotMemberError() };
  }
  return { success: true };
}

// Looks up any member of the organization: the user is not asked.
export async function hasAnyMember({ userId, organizationId }: Input) {
  if (!userId) return { error: new InvalidInputError("no user") };
  const member = await db.member.findFirst({ where: { organizationId } });
  if (!member) return { error: new NotMemberError() };
  return { success: true };
}

// Looks up an invitation, not a membership: Invite is not named.
export async function hasInvite({ userId, organizationId }: Input) {
  const invite = await db.invite.findFirst({ where: { organizationId, inviterId: userId } });
  if (!invite) return { error: new NotMemberError() };
  return { success: true };
}

// An error that a spread may replace.
export async function spreadAccess({ userId, organizationId, extra }: Input & { extra: object }) {
  const member = await db.member.findFirst({ where: { organizationId, userId } });
  if (!member) return { error: new NotMemberError(), ...extra };
  return { success: true };
}
