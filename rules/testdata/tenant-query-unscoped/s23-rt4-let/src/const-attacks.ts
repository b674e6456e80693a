import { PrismaClient } from "@prisma/client";

const db = new PrismaClient();

// The first row taken after a comparator wrote the rows' keys.
export async function sortedFirst(teamId: string, other: string) {
  const memberships = await db.membership.findMany({ where: { teamId } });
  memberships.sort((a, b) => ((a.id = other), 0));
  const first = memberships?.[0];
  if (first) await db.invitation.create({ data: { membership: { connect: { id: first.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// The first row taken after the list was reversed in place with another row in it.
export async function reversedFirst(teamId: string, other: any) {
  const memberships = await db.membership.findMany({ where: { teamId } });
  memberships.push(other);
  memberships.reverse();
  const first = memberships?.[0];
  if (first) await db.invitation.create({ data: { membership: { connect: { id: first.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// A created row under parentheses and a cast, its key written after.
export async function createdThenWritten(teamId: string, other: string) {
  const m = (await db.membership.create({ data: { team: { connect: { id: teamId } } } })) as any;
  m.id = other;
  await db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// Twins: quiet.
export async function firstQuiet(teamId: string) {
  const memberships = await db.membership.findMany({ where: { teamId } });
  const first = memberships?.[0];
  if (first) await db.invitation.create({ data: { membership: { connect: { id: first.id } } } });
}

export async function createdQuiet(teamId: string) {
  const m = (await db.membership.create({ data: { team: { connect: { id: teamId } } } })) as any;
  await db.invitation.create({ data: { membership: { connect: { id: m.id } } } });
}
