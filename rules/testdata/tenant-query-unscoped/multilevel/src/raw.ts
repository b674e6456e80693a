// Raw SQL on a tenant under a higher tenant needs the higher tenant's
// column, or the row's own key (as its where does); the top tenant's table
// is not checked.
export async function raw(prisma: any, organizationId: string, projectId: string) {
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "organizationId" = ${organizationId}`;
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE id = ${projectId}`;
  await prisma.$executeRaw`UPDATE "Project" SET name = 'x' WHERE slug = ${projectId}`;
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE "deletedAt" IS NULL`; // want "\\$queryRaw reads table \"Project\" without a condition on \"organizationId\""
  await prisma.$executeRaw`UPDATE "Project" SET slug = 'x' WHERE name = ${projectId}`; // want "\\$executeRaw writes table \"Project\" without a condition on \"organizationId\""
  await prisma.$queryRaw`SELECT * FROM "Environment" WHERE type = 'PROD'`; // want "\\$queryRaw reads table \"Environment\" without a condition on \"projectId\""
  await prisma.$queryRaw`SELECT * FROM "Organization"`;
}
