import { prisma } from "./lib/db";

// Raw SQL on a table whose model carries the tenant field must name the
// tenant column; ${…} are values, as Prisma binds them.
export async function raw(id: string, organizationId: string, filter: any, sql: string) {
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE id = ${id}`; // want "\\$queryRaw reads table \"Project\" without a condition on \"organizationId\"; add \"organizationId\" = \\$\\{…\\} to its WHERE"
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE id = ${id} AND "organizationId" = ${organizationId}`;
  await prisma.$queryRaw`SELECT p.id FROM "Project" p JOIN "Invoice" i ON i."organizationId" = p."organizationId" WHERE p."organizationId" = ${organizationId}`;
  await prisma.$executeRaw`UPDATE "Invoice" SET number = 2 WHERE id = ${id}`; // want "\\$executeRaw writes table \"Invoice\""
  await prisma.$executeRawUnsafe('DELETE FROM "Invoice" WHERE id = $1', id); // want "\\$executeRawUnsafe deletes from table \"Invoice\""
  await prisma.$queryRaw<{ n: number }[]>`SELECT count(*) AS n FROM "Plan"`;
  await prisma.$queryRaw`SELECT "organizationId" FROM "Project" WHERE id = ${id}`; // want "\\$queryRaw reads table \"Project\""
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE ${filter}`; // want "cannot see all of the SQL of \\$queryRaw on tenant-scoped \"Project\"; write its \"organizationId\" condition in the text"
  await prisma.$queryRawUnsafe(sql, id); // want "cannot see the SQL of \\$queryRawUnsafe; write it as a tagged template here"
  await prisma.$queryRaw`SELEC * FROM "Project"`; // want "cannot read the SQL of \\$queryRaw"
  // A ${…} where SQL text goes is a fragment Prisma splices in: the SQL
  // runs, so the notice names the fragment, not a syntax error. A $1 the
  // Unsafe form's own text holds there is the text's error.
  await prisma.$queryRaw`SELECT * FROM "Project" ${filter}`; // want "cannot read the SQL of \\$queryRaw: a \\$\\{…\\} stands for SQL text \\(a Prisma.sql fragment\\), not a value; check by hand"
  await prisma.$queryRaw`SELECT 'é' AS e, * FROM "Project" ${filter}`; // want "cannot read the SQL of \\$queryRaw: a \\$\\{…\\} stands for SQL text"
  await prisma.$queryRawUnsafe('SELECT * FROM "Project" $1', id); // want "cannot read the SQL of \\$queryRawUnsafe: syntax error at or near \"\\$1\""
}
