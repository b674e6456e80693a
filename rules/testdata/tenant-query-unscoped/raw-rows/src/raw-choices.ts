import { prisma, Prisma } from "./db";

declare function orderBy(): any;
type Row = { id: string };

// SQL text chosen by ?: between fragments the rule reads is judged once
// for each text it may send: useSend's email list (routers/email.ts),
// whose filters are each an optional `AND …` after the team's.
export async function list(input: { teamId: string; name?: string; parent?: string; search?: string }) {
  await prisma.$queryRaw`
    SELECT id FROM docs
    WHERE team_id = ${input.teamId}
    ${input.name ? Prisma.sql`AND name = ${input.name}` : Prisma.sql``}
    ${input.parent ? Prisma.sql`AND parent_id = ${input.parent}` : Prisma.empty}
    ${input.search ? Prisma.sql`AND (name ILIKE ${input.search} OR EXISTS (SELECT 1 FROM unnest(tags) AS t WHERE t ILIKE ${input.search}))` : Prisma.sql``}
    ORDER BY id LIMIT 20`;
  // Nested type arguments, which the grammar misreads as comparisons.
  await prisma.$queryRaw<Array<Row>>`SELECT id FROM docs WHERE team_id = ${input.teamId} ${input.name ? Prisma.sql`AND name = ${input.name}` : Prisma.sql``}`;
  await prisma.$executeRaw`UPDATE docs SET name = ${input.name} WHERE id = ${input.parent} ${input.name ? Prisma.sql`AND team_id = ${input.teamId}` : Prisma.sql`AND team_id = ${input.teamId} AND name IS NULL`}`;
}

// A choice that drops the tenant, one that ORs it away, one that names it
// only in its other choice, and a fragment the rule cannot read.
export async function listAny(input: { teamId: string; name?: string; all: boolean }) {
  await prisma.$queryRaw`SELECT id FROM docs WHERE name = ${input.name} ${input.all ? Prisma.sql`` : Prisma.sql`AND team_id = ${input.teamId}`}`; // want "\\$queryRaw reads table \"docs\" without a condition on \"team_id\""
  await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${input.teamId} ${input.name ? Prisma.sql`OR name = ${input.name}` : Prisma.empty}`; // want "\\$queryRaw reads table \"docs\" without a condition on \"team_id\""
  await prisma.$executeRaw`DELETE FROM docs WHERE id = ${input.name} ${input.all ? Prisma.sql`AND name IS NULL` : Prisma.sql`AND team_id = ${input.teamId}`}`; // want "\\$executeRaw deletes from table \"docs\" without a condition on \"team_id\""
  await prisma.$queryRaw<Array<Row>>`SELECT id FROM docs WHERE name = ${input.name} ${input.all ? Prisma.empty : Prisma.sql`AND team_id = ${input.teamId}`}`; // want "\\$queryRaw reads table \"docs\" without a condition on \"team_id\""
  await prisma.$queryRaw`SELECT id FROM docs WHERE team_id = ${input.teamId} ${input.all ? Prisma.empty : orderBy()}`; // want "cannot read the SQL of \\$queryRaw: a \\$\\{…\\} stands for SQL text"
}
