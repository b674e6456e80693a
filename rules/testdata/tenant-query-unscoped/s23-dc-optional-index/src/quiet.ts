import { PrismaClient } from "@prisma/client";

const db = new PrismaClient();

// `rows?.[0]` is `rows[0]`, or undefined when the list is nullish: an
// element of rows found with the tenant, or nothing.
export async function inviteExisting(teamId: string, email: string) {
  const memberships = await db.membership.findMany({ where: { teamId, invitedEmail: email } });
  const membership = memberships?.[0];
  if (!membership) throw new Error("no membership");
  return db.invitation.create({ data: { membership: { connect: { id: membership.id } } } });
}

// Read in place, and another element than the first.
export async function inPlace(teamId: string) {
  const memberships = await db.membership.findMany({ where: { teamId } });
  return db.membership.update({ where: { id: memberships?.[1].id }, data: { invitedEmail: null } });
}

// A relation's list of a row found with the tenant, `?.` along the way.
export async function relationList(teamId: string) {
  const team = await db.team.findUnique({ where: { id: teamId }, include: { memberships: true } });
  return db.membership.delete({ where: { id: team?.memberships?.[0]?.id } });
}

// An index held in a name, in a unique where, is read as `[i]` is: an
// element, or nothing (undefined has no id).
export async function namedIndex(teamId: string, i: number) {
  const memberships = await db.membership.findMany({ where: { teamId } });
  return db.membership.update({ where: { id: memberships?.[i].id }, data: { invitedEmail: null } });
}
