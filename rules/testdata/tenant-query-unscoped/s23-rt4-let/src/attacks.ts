import { PrismaClient } from "@prisma/client";

const db = new PrismaClient();

// A sort whose comparator writes the rows' keys before the first is taken.
export async function sortWrites(teamId: string, email: string, other: string) {
  const memberships = await db.membership.findMany({ where: { teamId, invitedEmail: email } });
  memberships.sort((a, b) => ((a.id = other), 0));
  let membership = memberships?.[0];
  if (!membership) {
    membership = await db.membership.create({ data: { invitedEmail: email, team: { connect: { id: teamId } } } });
  }
  return db.invitation.create({ data: { membership: { connect: { id: membership.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// The let given another value by a closure called before the create.
export async function closureReassigns(teamId: string, email: string, other: any) {
  const memberships = await db.membership.findMany({ where: { teamId, invitedEmail: email } });
  let membership = memberships?.[0];
  if (!membership) {
    membership = await db.membership.create({ data: { invitedEmail: email, team: { connect: { id: teamId } } } });
  }
  const swap = () => {
    membership = other;
  };
  swap();
  return db.invitation.create({ data: { membership: { connect: { id: membership.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// The let given another value by destructuring.
export async function destructured(teamId: string, email: string, others: any[]) {
  const memberships = await db.membership.findMany({ where: { teamId, invitedEmail: email } });
  let membership = memberships?.[0];
  if (!membership) {
    membership = await db.membership.create({ data: { invitedEmail: email, team: { connect: { id: teamId } } } });
  }
  [membership] = others;
  return db.invitation.create({ data: { membership: { connect: { id: membership.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// The list reversed after another row was put at its end.
export async function unshifted(teamId: string, email: string, other: any) {
  const memberships = await db.membership.findMany({ where: { teamId, invitedEmail: email } });
  memberships.unshift(other);
  let membership = memberships?.[0];
  if (!membership) {
    membership = await db.membership.create({ data: { invitedEmail: email, team: { connect: { id: teamId } } } });
  }
  return db.invitation.create({ data: { membership: { connect: { id: membership.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// The list spliced with another row.
export async function spliced(teamId: string, email: string, other: any) {
  const memberships = await db.membership.findMany({ where: { teamId, invitedEmail: email } });
  memberships.splice(0, 1, other);
  let membership = memberships?.[0];
  if (!membership) {
    membership = await db.membership.create({ data: { invitedEmail: email, team: { connect: { id: teamId } } } });
  }
  return db.invitation.create({ data: { membership: { connect: { id: membership.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// The list filled with another row.
export async function filled(teamId: string, email: string, other: any) {
  const memberships = await db.membership.findMany({ where: { teamId, invitedEmail: email } });
  memberships.fill(other);
  let membership = memberships?.[0];
  if (!membership) {
    membership = await db.membership.create({ data: { invitedEmail: email, team: { connect: { id: teamId } } } });
  }
  return db.invitation.create({ data: { membership: { connect: { id: membership.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// The fallback created in the caller's team, parenthesized, then the
// let given a member of another row through Object.assign.
export async function assignedAfter(teamId: string, email: string, other: any) {
  const memberships = await db.membership.findMany({ where: { teamId, invitedEmail: email } });
  let membership = memberships?.[0];
  if (!membership) {
    membership = (await db.membership.create({ data: { invitedEmail: email, team: { connect: { id: teamId } } } })) as any;
  }
  Object.assign(membership, { id: other });
  return db.invitation.create({ data: { membership: { connect: { id: membership.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}
