import { PrismaClient } from "@prisma/client";

const db = new PrismaClient();

// The element's key written, through the list or the let, before the link.
export async function writtenThroughList(teamId: string, id: string) {
  const rows = await db.membership.findMany({ where: { teamId } });
  let m = rows[0];
  rows[0].id = id;
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

export async function assignedThroughList(teamId: string, other: { id: string }) {
  const rows = await db.membership.findMany({ where: { teamId } });
  let m = rows?.[0];
  Object.assign(rows[0], other);
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

export async function writtenInCallback(teamId: string, id: string) {
  const rows = await db.membership.findMany({ where: { teamId } });
  let m = rows[0];
  rows.forEach((r) => {
    r.id = id;
  });
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

export async function writtenThroughLet(teamId: string, id: string) {
  const rows = await db.membership.findMany({ where: { teamId } });
  let m = rows?.[0];
  m.id = id;
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

function retargetRow(row: { id: string }, id: string) {
  row.id = id;
}
export async function handedOn(teamId: string, id: string) {
  const rows = await db.membership.findMany({ where: { teamId } });
  let m = rows[0];
  retargetRow(m, id);
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// An element of another list, or of rows found without the tenant.
export async function otherList(teamId: string, other: { id: string }[]) {
  let m = other?.[0];
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

export async function unscopedRows(email: string) {
  const rows = await db.membership.findMany({ where: { invitedEmail: email } }); // want "findMany on tenant-scoped \"Membership\" does not filter by the tenant"
  let m = rows[0];
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// A computed or a named index, and an element awaited.
export async function computedIndex(teamId: string, i: number) {
  const rows = await db.membership.findMany({ where: { teamId } });
  let m = rows[i + 1];
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

export async function namedIndex(teamId: string, i: number) {
  const rows = await db.membership.findMany({ where: { teamId } });
  let m = rows?.[i];
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// The fallback is not made in the tenant.
export async function otherFallback(teamId: string, other: { id: string }) {
  const rows = await db.membership.findMany({ where: { teamId } });
  let m = rows?.[0];
  if (!m) m = other as any;
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// The list grown with the caller's row before the element is taken, or
// given other rows before.
export async function grownBefore(teamId: string, other: any) {
  const rows = await db.membership.findMany({ where: { teamId } });
  rows.unshift(other);
  let m = rows[0];
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

export async function listReassigned(teamId: string, other: any[]) {
  let rows = await db.membership.findMany({ where: { teamId } });
  rows = other;
  let m = rows?.[0];
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// The let read with `?.`: undefined in a where that drops it.
export async function optionalRead(teamId: string) {
  const rows = await db.membership.findMany({ where: { teamId } });
  let m = rows[0];
  return db.membership.deleteMany({ where: { id: m?.id } }); // want "deleteMany on tenant-scoped \"Membership\""
}

// The let given an element of the rows inside a loop over other rows.
export async function givenInLoop(teamId: string, lists: { id: string }[][]) {
  const rows = await db.membership.findMany({ where: { teamId } });
  let m = rows[0];
  for (const list of lists) {
    m = list[0];
  }
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// A helper handed the list, or the element by the list's path, may set
// the key of the element the let holds.
function retarget(rows: { id: string }[], id: string) {
  rows[0].id = id;
}
export async function listHanded(teamId: string, id: string) {
  const rows = await db.membership.findMany({ where: { teamId } });
  let m = rows[0];
  retarget(rows, id);
  if (!m) m = await db.membership.create({ data: { teamId } });
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

export async function elementHanded(teamId: string, id: string) {
  const rows = await db.membership.findMany({ where: { teamId } });
  let m = rows?.[0];
  retargetRow(rows[0], id);
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// Given in a callback called after the list grew, or after the list was
// given the caller's rows; given in a loop that then reassigns the list.
export async function givenInLaterCallback(teamId: string, other: any) {
  const rows = await db.membership.findMany({ where: { teamId } });
  let m = rows[1];
  const pick = () => {
    m = rows[0];
  };
  rows.unshift(other);
  pick();
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

export async function listSwappedInCallback(teamId: string, other: any[]) {
  let rows = await db.membership.findMany({ where: { teamId } });
  let m = rows[0];
  const swap = () => {
    rows = other;
    m = rows[0];
  };
  swap();
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

export async function listSwappedInLoop(teamId: string, lists: any[][]) {
  let rows = await db.membership.findMany({ where: { teamId } });
  let m = rows[0];
  for (const l of lists) {
    m = rows[0];
    rows = l;
  }
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}
