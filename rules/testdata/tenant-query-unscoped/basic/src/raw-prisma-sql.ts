import { prisma } from "./lib/db";

// $queryRaw(Prisma.sql`…`) is read as the tagged form is.
export async function rawPrismaSQL(id: string, organizationId: string, build: any) {
  await prisma.$queryRaw(Prisma.sql`SELECT * FROM "Project" WHERE id = ${id}`); // want "\\$queryRaw reads table \"Project\" without a condition on \"organizationId\""
  await prisma.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT id FROM "Project" WHERE id = ${id} AND "organizationId" = ${organizationId}`);
  await prisma.$executeRaw(Prisma.sql`UPDATE "Invoice" SET number = 2 WHERE id = ${id}`); // want "\\$executeRaw writes table \"Invoice\""
  await prisma.$queryRaw(build`SELECT * FROM "Project" WHERE "organizationId" = ${organizationId}`); // want "cannot see the SQL of \\$queryRaw; write it as a tagged template here"
}
