import { prisma, Prisma } from "./db";

// The rows of a $queryRaw whose SQL keeps only the caller's team's rows
// prove their keys as a found Prisma row's do: inbox-zero's
// senders/record.ts and reply-zero/Resolved.tsx, langfuse's
// deletePrompt.ts. Each quiet call has twins that stay reported.
export async function rename(teamId: string, name: string) {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM docs WHERE team_id = ${teamId} AND name = ${name}`;
  await prisma.doc.updateMany({ where: { id: { in: rows.map((r: any) => r.id) } }, data: { name } });
  const existing = await prisma.$queryRaw<{ id: string }[]>`SELECT "id" FROM "docs" WHERE "team_id" = ${teamId} AND LOWER("name") = ${name}`;
  if (existing.length > 0) {
    await prisma.doc.updateManyAndReturn({ where: { id: { in: existing.map(({ id }: any) => id) } }, data: { name } });
  }
}

// Nested type arguments, a fragment chosen by ?: (each choice is read),
// and the max of the ids of a group.
export async function resolved({ teamId, since, page }: { teamId: string; since?: Date; page: number }) {
  const [latest, total] = await Promise.all([
    // Both choices of the fragment keep the tenant's rows.
    prisma.$queryRaw<Array<{ id: string }>>`SELECT MAX(id) AS id FROM docs WHERE team_id = ${teamId} ${since ? Prisma.sql`AND created_at >= ${since}` : Prisma.empty} GROUP BY name LIMIT 20 OFFSET ${page * 20}`,

    prisma.$queryRaw<[{ count: bigint }]>`SELECT COUNT(*) AS count FROM docs WHERE team_id = ${teamId}`,
  ]);
  return [total, await prisma.doc.findMany({ where: { id: { in: latest.map((t: any) => t.id) } } })];
}

// A foreign key read from the rows, after a filter, names the parent:
// a const taken from a parameter is the caller's value.
export async function dependants(params: { teamId: string; name: string; doomed: Set<string> }) {
  const { teamId, name, doomed } = params;
  const deps = await prisma.$queryRaw<{ parent_id: string }[]>`
    SELECT d.parent_id FROM dependencies d WHERE d.team_id = ${teamId} AND d.child_name = ${name}
  `;
  const blocking = deps.filter((dep: any) => doomed.has(dep.parent_id));
  if (blocking.length > 0) {
    return prisma.doc.findMany({ where: { id: { in: blocking.map((d: any) => d.parent_id) } } });
  }
  const docs = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${teamId}`;
  const ids: string[] = [];
  for (const doc of docs) ids.push(doc.id);
  return prisma.doc.deleteMany({ where: { id: { in: ids } } });
}

// The tenant in one branch of an OR, a value that is not the caller's
// (a literal, another row's field, a loop's element, a subquery over a
// user's teams), IS NULL: the rows may be any team's.
export async function notTheCallers(teamId: string, name: string, userId: string, teamIds: string[]) {
  const either = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${teamId} OR name = ${name}`; // want "\\$queryRaw reads table \"docs\" without a condition on \"team_id\""
  await prisma.doc.deleteMany({ where: { id: { in: either.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
  const fixed = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${"t1"}`;
  await prisma.doc.deleteMany({ where: { id: { in: fixed.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
  const doc = await prisma.doc.findUnique({ where: { id: name } }); // want "findUnique on tenant-scoped \"Doc\" does not filter"
  const theirs = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${doc.teamId}`;
  await prisma.doc.deleteMany({ where: { id: { in: theirs.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
  for (const other of teamIds) {
    const each = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${other}`;
    await prisma.doc.deleteMany({ where: { id: { in: each.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
  }
  const mine = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id IN (SELECT team_id FROM memberships WHERE user_id = ${userId})`; // want "\\$queryRaw reads table \"memberships\" without a condition on \"team_id\""
  await prisma.doc.deleteMany({ where: { id: { in: mine.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
  const shared = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id IS NULL`;
  await prisma.doc.deleteMany({ where: { id: { in: shared.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
}

// A fragment choice without the tenant, a fragment the rule cannot read,
// a UNION, another column under the key's name, SQL the rule cannot see.
export async function notAllRead(teamId: string, name: string, all: boolean, extra: any) {
  const chosen = await prisma.$queryRaw`SELECT id FROM docs WHERE name = ${name} ${all ? Prisma.empty : Prisma.sql`AND team_id = ${teamId}`}`; // want "\\$queryRaw reads table \"docs\" without a condition on \"team_id\""
  await prisma.doc.deleteMany({ where: { id: { in: chosen.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
  const orTrue = Prisma.sql`OR true`;
  const spliced = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${teamId} AND name = ${orTrue}`;
  await prisma.doc.deleteMany({ where: { id: { in: spliced.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
  const union = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${teamId} UNION SELECT id FROM docs WHERE name = ${name}`; // want "\\$queryRaw reads table \"docs\""
  await prisma.doc.deleteMany({ where: { id: { in: union.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
  const renamed = await prisma.$queryRaw`SELECT d.parent_id AS id FROM dependencies d WHERE d.team_id = ${teamId}`;
  await prisma.dependency.deleteMany({ where: { id: { in: renamed.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Dependency\" does not filter"
  const unsafe = await prisma.$queryRawUnsafe("SELECT id FROM docs WHERE team_id = $1", teamId);
  await prisma.doc.deleteMany({ where: { id: { in: unsafe.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
  const joined = await prisma.$queryRaw`SELECT id FROM (SELECT id FROM docs WHERE team_id = ${teamId}) t ${extra}`; // want "cannot read the SQL of \\$queryRaw: a \\$\\{…\\} stands for SQL text"
  await prisma.doc.deleteMany({ where: { id: { in: joined.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
}

declare function reset(rows: any[]): void;

// Rows changed before their ids are read hold any id.
export async function changed(teamId: string, other: string) {
  const rows = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${teamId}`;
  rows[0].id = other;
  await prisma.doc.deleteMany({ where: { id: { in: rows.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
  const looped = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${teamId}`;
  looped.forEach((r: any) => {
    r.id = other;
  });
  await prisma.doc.deleteMany({ where: { id: { in: looped.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
  const handed = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${teamId}`;
  reset(handed);
  await prisma.doc.deleteMany({ where: { id: { in: handed.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
  let replaced = await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${teamId}`;
  replaced = [{ id: other }];
  await prisma.doc.deleteMany({ where: { id: { in: replaced.map((r: any) => r.id) } } }); // want "deleteMany on tenant-scoped \"Doc\" does not filter"
}
