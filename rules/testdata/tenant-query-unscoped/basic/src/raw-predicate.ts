import { prisma } from "./lib/db";

// A tenant column counts only where it limits the rows to given values,
// reached through AND: each quiet line has a twin that reads or writes
// other organizations' rows while naming "organizationId".
export async function rawPredicate(id: string, organizationId: string, ids: string[]) {
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" = ${organizationId}`;
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" <> ${organizationId}`; // want "\\$queryRaw reads table \"Project\" without a condition on \"organizationId\""
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" != ${organizationId}`; // want "\\$queryRaw reads table \"Project\""
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE ${organizationId}::text = "organizationId"`;
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" IN (${organizationId}, 'o2')`;
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" NOT IN (${organizationId})`; // want "\\$queryRaw reads table \"Project\""
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" = ANY(${ids})`;
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" = ANY(ARRAY[${organizationId}, 'o2'])`;
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" = ANY(ARRAY[${organizationId}, name])`; // want "\\$queryRaw reads table \"Project\""
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" <> ALL(${ids})`; // want "\\$queryRaw reads table \"Project\""
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" IN (SELECT id FROM "Organization" WHERE slug = ${id})`;
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" IN (SELECT id FROM "Organization")`; // want "\\$queryRaw reads table \"Project\""
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" = (SELECT id FROM "Organization" WHERE slug = ${id})`;
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" NOT IN (SELECT id FROM "Organization" WHERE slug = ${id})`; // want "\\$queryRaw reads table \"Project\""
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" LIKE ${organizationId}`; // want "\\$queryRaw reads table \"Project\""
  // IS NULL keeps the rows of no organization, as organizationId: null does.
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" IS NULL OR "organizationId" = ${organizationId}`;
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" IS NOT NULL`; // want "\\$queryRaw reads table \"Project\""
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE NOT ("organizationId" = ${organizationId})`; // want "\\$queryRaw reads table \"Project\""
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE id = ${id} AND ("organizationId" = ${organizationId} AND name <> '')`;
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" = ${organizationId} OR true`; // want "\\$queryRaw reads table \"Project\""
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE ("organizationId" = ${organizationId} AND id = ${id}) OR ("organizationId" = ${organizationId} AND name = ${id})`;
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE ("organizationId" = ${organizationId} AND id = ${id}) OR name = ${id}`; // want "\\$queryRaw reads table \"Project\""
  await prisma.$executeRaw`UPDATE "Invoice" SET number = 2 WHERE id = ${id} AND "organizationId" = ${organizationId}`;
  await prisma.$executeRaw`DELETE FROM "Invoice" WHERE id = ${id} OR "organizationId" = ${organizationId}`; // want "\\$executeRaw deletes from table \"Invoice\""
  // Through a join: the ON of the table it brings in, or an equality with
  // a column the WHERE limits; two tables' tenant columns equal to each
  // other limit neither.
  await prisma.$queryRaw`SELECT i.* FROM "Invoice" i JOIN "Project" p ON p.id = i."projectId" AND p."organizationId" = ${organizationId} WHERE i."organizationId" = ${organizationId}`;
  await prisma.$queryRaw`SELECT i.* FROM "Invoice" i JOIN "Project" p ON p."organizationId" = i."organizationId" WHERE i."organizationId" = ${organizationId}`;
  await prisma.$queryRaw`SELECT i.* FROM "Invoice" i JOIN "Project" p ON p."organizationId" = i."organizationId" WHERE i.id = ${id}`; // want "\\$queryRaw reads table \"(Invoice|Project)\""
  await prisma.$queryRaw`SELECT i.* FROM "Invoice" i JOIN "Project" p ON p.id = i."projectId" WHERE p."organizationId" = ${organizationId}`; // want "\\$queryRaw reads table \"Invoice\""
  await prisma.$queryRaw`SELECT p.* FROM "Project" p LEFT JOIN "Invoice" i ON i."organizationId" = ${organizationId}`; // want "\\$queryRaw reads table \"Project\""
  await prisma.$queryRaw`SELECT p.* FROM "Project" p LEFT JOIN "Invoice" i ON i."projectId" = p.id AND i."organizationId" = ${organizationId} WHERE p."organizationId" = ${organizationId}`;
  await prisma.$queryRaw`SELECT a.* FROM "Project" a, "Project" b WHERE a."organizationId" = ${organizationId} AND b.id = a.id`; // want "\\$queryRaw reads table \"Project\""
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" = ${organizationId} UNION SELECT * FROM "Project" WHERE name = ${id}`; // want "\\$queryRaw reads table \"Project\""
}
