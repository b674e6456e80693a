import { PrismaClient } from "@prisma/client";

const db = new PrismaClient();

// An invitation handler takes the first membership of the team, creating
// one in the team when there is none, and links the invitation to it. The
// let is given an element of rows found with the tenant, or a row made in
// it; but a let given an element is not followed, with `?.[0]` as with
// `[0]`, so both stay reported (falsely: no other team's row is reached).
export async function invite(teamId: string, email: string) {
  const memberships = await db.membership.findMany({ where: { teamId, invitedEmail: email } });
  let membership = memberships?.[0];
  if (!membership) {
    membership = await db.membership.create({ data: { invitedEmail: email, team: { connect: { id: teamId } } } });
  }
  return db.invitation.create({ data: { membership: { connect: { id: membership.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

export async function invitePlainIndex(teamId: string, email: string) {
  const memberships = await db.membership.findMany({ where: { teamId, invitedEmail: email } });
  let membership = memberships[0];
  if (!membership) {
    membership = await db.membership.create({ data: { invitedEmail: email, team: { connect: { id: teamId } } } });
  }
  return db.invitation.create({ data: { membership: { connect: { id: membership.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}
