import { db } from './db';

// Filters that match codes the caller does not hold.
export async function notEqual(code: string) {
  return db.proposal.findFirst({ where: { invitationCode: { not: code } } }); // want "findFirst on tenant-scoped \"Proposal\" does not filter by the tenant"
}

export async function greaterThan(code: string) {
  return db.proposal.findFirst({ where: { invitationCode: { gt: code } } }); // want "findFirst on tenant-scoped \"Proposal\" does not filter by the tenant"
}

export async function contains(code: string) {
  return db.proposal.findFirst({ where: { invitationCode: { contains: code } } }); // want "findFirst on tenant-scoped \"Proposal\" does not filter by the tenant"
}

export async function endsWith(code: string) {
  return db.proposal.findFirst({ where: { invitationCode: { endsWith: code } } }); // want "findFirst on tenant-scoped \"Proposal\" does not filter by the tenant"
}

export async function orOther(code: string, title: string) {
  return db.proposal.findFirst({ where: { OR: [{ invitationCode: code }, { title }] } }); // want "findFirst on tenant-scoped \"Proposal\" does not filter by the tenant"
}

export async function notCode(code: string) {
  return db.proposal.findFirst({ where: { NOT: { invitationCode: code } } }); // want "findFirst on tenant-scoped \"Proposal\" does not filter by the tenant"
}

export async function mayBeUndefined(code?: string) {
  return db.proposal.findFirst({ where: { invitationCode: code } }); // want "findFirst on tenant-scoped \"Proposal\" (does not filter by the tenant|filters by a tenant value that may be undefined)"
}

export async function inList(codes: string[]) {
  return db.proposal.findMany({ where: { invitationCode: { in: codes } } }); // want "findMany on tenant-scoped \"Proposal\" does not filter by the tenant"
}

// Unique only beside the team: not one row per code.
export async function compositeUnique(code: string) {
  return db.ticket.findFirst({ where: { inviteCode: code } }); // want "findFirst on tenant-scoped \"Ticket\" does not filter by the tenant"
}

// A code compared with the row's other, nullable, column.
export async function otherColumn(id: string, code: string | null) {
  const proposal = await db.proposal.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Proposal\" does not filter by the tenant"
  if (!proposal || proposal.legacyCode !== code) throw new Error('invitation not found');
  return proposal;
}

// Quiet: the code itself.
export async function byCode(code: string) {
  return db.proposal.findUnique({ where: { invitationCode: code } });
}

export async function equalsCode(code: string) {
  return db.proposal.findFirst({ where: { invitationCode: { equals: code } } });
}
