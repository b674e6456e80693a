import { db } from './db';

// The co-speaker link's code is unique and made at random by the schema:
// whoever presents it is invited to that proposal, as with a token.
export async function checkInvite(code: string) {
  const proposal = await db.proposal.findUnique({ where: { invitationCode: code }, include: { event: true } });
  if (!proposal) throw new Error('invitation not found');
  return { title: proposal.title, event: proposal.event.id };
}

export async function checkInviteToken(token: string) {
  const proposal = await db.proposal.findUnique({ where: { invitationToken: token }, include: { event: true } });
  if (!proposal) throw new Error('invitation not found');
  return { title: proposal.title, event: proposal.event.id };
}

export async function otherGenerators(code: string) {
  await db.seat.findUnique({ where: { inviteCode: code } });
  await db.seat.findUnique({ where: { invite_code: code } });
  await db.seat.findUnique({ where: { teamInviteCode: code } });
  await db.seat.findFirst({ where: { guestInvitationCode: { equals: code } } });
}

// The code compared after a lookup by id, as a token would be.
export async function comparedAfterLookup(id: string, code: string) {
  const proposal = await db.proposal.findUnique({ where: { id } });
  if (!proposal || proposal.invitationCode !== code) throw new Error('invitation not found');
  return proposal;
}

export async function versionedGenerators(code: string) {
  return db.seat.findUnique({ where: { versionedInviteCode: code } });
}

// A nullable code compared with a key the function left on when missing.
export async function nullableComparedAfterGuard(id: string, code: string | null) {
  if (!code) throw new Error('code is required');
  const seat = await db.seat.findUnique({ where: { id } });
  if (!seat || seat.optionalInviteCode !== code) throw new Error('invitation not found');
  return seat;
}
