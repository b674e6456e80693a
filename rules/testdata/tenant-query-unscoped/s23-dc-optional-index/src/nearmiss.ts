import { PrismaClient } from "@prisma/client";

const db = new PrismaClient();

// Rows found without the tenant.
export async function unscopedList(email: string) {
  const memberships = await db.membership.findMany({ where: { invitedEmail: email } }); // want "findMany on tenant-scoped \"Membership\" does not filter by the tenant"
  const membership = memberships?.[0];
  return db.invitation.create({ data: { membership: { connect: { id: membership.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// `rows?.[0].id` is undefined when rows is nullish, and a where that is
// not unique drops an undefined key: every row.
export async function notUnique(teamId: string) {
  const memberships = await db.membership.findMany({ where: { teamId } });
  return db.membership.deleteMany({ where: { id: memberships?.[0].id } }); // want "deleteMany on tenant-scoped \"Membership\" does not filter by the tenant"
}

// A list given the caller's rows since.
export async function reassignedList(teamId: string, other: { id: string }[]) {
  let memberships = await db.membership.findMany({ where: { teamId } });
  memberships = other;
  const membership = memberships?.[0];
  return db.invitation.create({ data: { membership: { connect: { id: membership.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// A list grown with the caller's row.
export async function grownList(teamId: string, other: any) {
  const memberships = await db.membership.findMany({ where: { teamId } });
  memberships.unshift(other);
  const membership = memberships?.[0];
  return db.invitation.create({ data: { membership: { connect: { id: membership.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// A computed index or a string key is not read as an element.
export async function computedIndex(teamId: string, i: number) {
  const memberships = await db.membership.findMany({ where: { teamId } });
  return db.membership.update({ where: { id: memberships?.[i + 1].id }, data: { invitedEmail: null } }); // want "update on tenant-scoped \"Membership\" does not filter by the tenant"
}

export async function stringKey(teamId: string) {
  const memberships: any = await db.membership.findMany({ where: { teamId } });
  return db.membership.update({ where: { id: memberships?.["first"].id }, data: { invitedEmail: null } }); // want "update on tenant-scoped \"Membership\" does not filter by the tenant"
}

// A named index in a where that is not unique.
export async function namedIndexNotUnique(teamId: string, i: number) {
  const memberships = await db.membership.findMany({ where: { teamId } });
  return db.membership.deleteMany({ where: { id: memberships?.[i].id } }); // want "deleteMany on tenant-scoped \"Membership\" does not filter by the tenant"
}

// `?.at(0)` is a call, read as `.at(0)` is.
export async function atCall(teamId: string) {
  const memberships = await db.membership.findMany({ where: { teamId } });
  const membership = memberships?.at(0);
  return db.invitation.create({ data: { membership: { connect: { id: membership!.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// An element of another list than the rows.
export async function otherList(teamId: string, ids: { id: string }[]) {
  const memberships = await db.membership.findMany({ where: { teamId } });
  const membership = ids?.[0];
  return db.invitation.create({ data: { membership: { connect: { id: membership.id } } } }); // want "create on \"Invitation\" links a \"Membership\" by"
}

// `?.` along a relation's list: undefined in a where that is not unique,
// or the list of a team found by the caller's id.
export async function relationNotUnique(teamId: string) {
  const team = await db.team.findUnique({ where: { id: teamId }, include: { memberships: true } });
  return db.membership.deleteMany({ where: { id: team?.memberships?.[0]?.id } }); // want "deleteMany on tenant-scoped \"Membership\" filters by a tenant value that may be undefined"
}

export async function relationOfOtherTeam(otherTeamId: string, email: string) {
  const team = await db.team.findFirst({ where: { name: email }, include: { memberships: true } }); // want "findFirst on tenant \"Team\" includes its \"memberships\" of whichever team it finds"
  return db.membership.delete({ where: { id: team?.memberships?.[0]?.id } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

// A named index may reach a row another name for the list added: the
// list's text before `?.[` is the list, as before `[`.
export async function aliasGrownRelation(teamId: string, i: number, other: any) {
  const team = await db.team.findUnique({ where: { id: teamId }, include: { memberships: true } });
  const links = team!.memberships;
  links.unshift(other);
  return db.membership.update({ where: { id: team!.memberships?.[i].id }, data: { invitedEmail: null } }); // want "update on tenant-scoped \"Membership\" does not filter by the tenant"
}

export async function aliasGrownRows(teamId: string, i: number, other: any) {
  const rows = await db.membership.findMany({ where: { teamId } });
  const alias = rows;
  alias.push(other);
  return db.membership.update({ where: { id: rows?.[i].id }, data: { invitedEmail: null } }); // want "update on tenant-scoped \"Membership\" does not filter by the tenant"
}

export async function aliasGrownRowsPlain(teamId: string, i: number, other: any) {
  const rows = await db.membership.findMany({ where: { teamId } });
  const alias = rows;
  alias.push(other);
  return db.membership.update({ where: { id: rows[i].id }, data: { invitedEmail: null } }); // want "update on tenant-scoped \"Membership\" does not filter by the tenant"
}

// The same alias compared without the marks either name carries: `!` on
// the list, `?.` on the row the alias read it from.
export async function aliasGrownNonNull(teamId: string, i: number, other: any) {
  const team = await db.team.findUnique({ where: { id: teamId }, include: { memberships: true } });
  const links = team!.memberships;
  links.unshift(other);
  return db.membership.update({ where: { id: team!.memberships![i].id }, data: { invitedEmail: null } }); // want "update on tenant-scoped \"Membership\" does not filter by the tenant"
}

export async function aliasGrownOptionalAlias(teamId: string, i: number, other: any) {
  const team = await db.team.findUnique({ where: { id: teamId }, include: { memberships: true } });
  const links = team?.memberships;
  links!.unshift(other);
  return db.membership.update({ where: { id: team!.memberships[i].id }, data: { invitedEmail: null } }); // want "update on tenant-scoped \"Membership\" does not filter by the tenant"
}
