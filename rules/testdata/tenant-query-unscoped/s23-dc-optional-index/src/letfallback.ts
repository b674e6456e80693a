import { PrismaClient } from "@prisma/client";

const db = new PrismaClient();

// An invitation handler takes the first membership of the team, creating
// one in the team when there is none, and links the invitation to it. The
// let is given an element of rows found with the tenant (or nothing, when
// there is none or the list is nullish), or a row made in the tenant.
export async function invite(teamId: string, email: string) {
  const memberships = await db.membership.findMany({ where: { teamId, invitedEmail: email } });
  let membership = memberships?.[0];
  if (!membership) {
    membership = await db.membership.create({ data: { invitedEmail: email, team: { connect: { id: teamId } } } });
  }
  return db.invitation.create({ data: { membership: { connect: { id: membership.id } } } });
}

export async function invitePlainIndex(teamId: string, email: string) {
  const memberships = await db.membership.findMany({ where: { teamId, invitedEmail: email } });
  let membership = memberships[0];
  if (!membership) {
    membership = await db.membership.create({ data: { invitedEmail: email, team: { connect: { id: teamId } } } });
  }
  return db.invitation.create({ data: { membership: { connect: { id: membership.id } } } });
}

// A let given the first row and never again is not read as a const is:
// the let's proof needs an assignment to follow. Still reported, falsely.
export async function letOnly(teamId: string) {
  const memberships = await db.membership.findMany({ where: { teamId } });
  let membership = memberships[0];
  return db.invitation.create({ data: { membership: { connect: { id: membership.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}
