import { PrismaClient } from "@prisma/client";

const db = new PrismaClient();

// A helper handed a list may set the keys of its elements: an element
// read after that is not the one the tenant's lookup gave.
function retarget(rows: { id: string }[], id: string) {
  rows[0].id = id;
}

export async function elementOfHandedRows(teamId: string, id: string) {
  const rows = await db.membership.findMany({ where: { teamId } });
  retarget(rows, id);
  return db.invitation.create({ data: { membership: { connect: { id: rows[0].id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

export async function relationListHanded(teamId: string, id: string) {
  const team = await db.team.findUnique({ where: { id: teamId }, include: { memberships: true } });
  const m = team!.memberships[0];
  retarget(team!.memberships, id);
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

export async function relationListHandedLet(teamId: string, id: string) {
  const team = await db.team.findUnique({ where: { id: teamId }, include: { memberships: true } });
  let m = team!.memberships[0];
  retarget(team!.memberships, id);
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

export async function relationElementDirect(teamId: string, id: string) {
  const team = await db.team.findUnique({ where: { id: teamId }, include: { memberships: true } });
  retarget(team!.memberships, id);
  return db.membership.update({ where: { id: team!.memberships[0].id }, data: { invitedEmail: null } }); // want "update on tenant-scoped \"Membership\" does not filter by the tenant"
}

// Handed to a helper that only reads it, the list keeps its rows.
function firstId(rows: { id: string }[]) {
  return rows[0]?.id;
}
export async function handedToReader(teamId: string) {
  const team = await db.team.findUnique({ where: { id: teamId }, include: { memberships: true } });
  console.log(firstId(team!.memberships));
  return db.membership.update({ where: { id: team!.memberships[0].id }, data: { invitedEmail: null } });
}

// The same for rows a findMany returned, read through a const, a loop, or
// after the element itself was handed by the list's path.
function retargetRow(row: { id: string }, id: string) {
  row.id = id;
}

export async function constOfHandedRows(teamId: string, id: string) {
  const rows = await db.membership.findMany({ where: { teamId } });
  const m = rows[0];
  retarget(rows, id);
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

export async function loopOverHandedRows(teamId: string, id: string) {
  const rows = await db.membership.findMany({ where: { teamId } });
  retarget(rows, id);
  for (const m of rows) {
    await db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
  }
}

export async function elementHandedByListPath(teamId: string, id: string) {
  const rows = await db.membership.findMany({ where: { teamId } });
  const m = rows[0];
  retargetRow(rows[0], id);
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// Rows handed only to a reader, or to a method of the list, keep their
// keys.
export async function rowsHandedToReader(teamId: string) {
  const rows = await db.membership.findMany({ where: { teamId } });
  const m = rows[0];
  console.log(firstId(rows), rows.length, rows.map((r) => r.id));
  for (const r of rows) {
    await db.invitation.create({ data: { membership: { connect: { id: r.id } } } });
  }
  return db.invitation.create({ data: { membership: { connect: { id: m.id } } } });
}
