import { db } from './db';

// A promo code is generated and unique, but it is printed on flyers: a code,
// not an invitation's secret.
export async function promo(code: string) {
  return db.coupon.findUnique({ where: { promoCode: code } }); // want "findUnique on tenant-scoped \"Coupon\" does not filter by the tenant"
}

// The application chooses the code: it may be a word anyone guesses.
export async function chosenCode(code: string) {
  return db.coupon.findUnique({ where: { invitationCode: code } }); // want "findUnique on tenant-scoped \"Coupon\" does not filter by the tenant"
}

// Not unique: many rows, of any team, share a code.
export async function sharedCode(code: string) {
  return db.coupon.findFirst({ where: { sharedInviteCode: code } }); // want "findFirst on tenant-scoped \"Coupon\" does not filter by the tenant"
}

// A constant default, in the schema or in SQL.
export async function constantDefault(code: string) {
  await db.coupon.findUnique({ where: { fixedInvitationCode: code } }); // want "findUnique on tenant-scoped \"Coupon\" does not filter by the tenant"
  await db.coupon.findUnique({ where: { sqlInvitationCode: code } }); // want "findUnique on tenant-scoped \"Coupon\" does not filter by the tenant"
}

// A counter: the next code is the last one plus one.
export async function countedCode(code: number) {
  return db.coupon.findUnique({ where: { countedInviteCode: code } }); // want "findUnique on tenant-scoped \"Coupon\" does not filter by the tenant"
}

// Unique only beside the event: the code alone finds any team's row.
export async function perEventCode(code: string) {
  return db.coupon.findFirst({ where: { perEventInviteCode: code } }); // want "findFirst on tenant-scoped \"Coupon\" does not filter by the tenant"
}

// A bare code names nothing secret.
export async function bareCode(code: string) {
  return db.coupon.findUnique({ where: { code } }); // want "findUnique on tenant-scoped \"Coupon\" does not filter by the tenant"
}

// A list of codes.
export async function listedCode(code: string) {
  return db.coupon.findFirst({ where: { listedInviteCode: { has: code } } }); // want "findFirst on tenant-scoped \"Coupon\" does not filter by the tenant"
}

// The right column, but no code the caller presents: a constant, one that
// may be undefined (Prisma drops the filter), a list, or a prefix.
export async function notPresented(query: { code?: string }, codes: string[], prefix: string) {
  await db.proposal.findFirst({ where: { invitationCode: 'WELCOME' } }); // want "findFirst on tenant-scoped \"Proposal\" does not filter by the tenant"
  await db.proposal.findFirst({ where: { invitationCode: query.code } }); // want "findFirst on tenant-scoped \"Proposal\" does not filter by the tenant"
  await db.proposal.findMany({ where: { invitationCode: { in: codes } } }); // want "findMany on tenant-scoped \"Proposal\" does not filter by the tenant"
  await db.proposal.findFirst({ where: { invitationCode: { startsWith: prefix } } }); // want "findFirst on tenant-scoped \"Proposal\" does not filter by the tenant"
}

// Compared with a code the lookup did not find it by: the row's own code.
export async function comparedWithItself(id: string) {
  const proposal = await db.proposal.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Proposal\" does not filter by the tenant"
  if (!proposal || proposal.invitationCode !== proposal.invitationCode) throw new Error('invitation not found');
  return proposal;
}

// A promo code compared after a lookup by id.
export async function promoCompared(id: string, code: string) {
  const coupon = await db.coupon.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Coupon\" does not filter by the tenant"
  if (!coupon || coupon.promoCode !== code) throw new Error('not found');
  return coupon;
}

// Names that do not end in invitation code or invite code as words.
export async function otherNames(code: string) {
  await db.coupon.findUnique({ where: { invitationcode: code } }); // want "findUnique on tenant-scoped \"Coupon\" does not filter by the tenant"
  await db.coupon.findUnique({ where: { reinviteCode: code } }); // want "findUnique on tenant-scoped \"Coupon\" does not filter by the tenant"
}

// A nullable code compared with a value that may be null: a seat with no
// code matches a request with none.
export async function nullableCompared(id: string, code: string | null) {
  const seat = await db.seat.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Seat\" does not filter by the tenant"
  if (!seat || seat.optionalInviteCode !== code) throw new Error('invitation not found');
  return seat;
}
