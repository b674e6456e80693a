// A tenant under a higher tenant is scoped by its own key only where the
// key limits the rows as the tenant column must: through AND, every branch
// of an OR, never under NOT or <>.
export async function rawOwnKey(prisma: any, organizationId: string, projectId: string) {
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE id = ${projectId} AND name <> ''`;
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE id <> ${projectId}`; // want "\\$queryRaw reads table \"Project\" without a condition on \"organizationId\""
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE id = ${projectId} OR name = 'x'`; // want "\\$queryRaw reads table \"Project\""
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE id = ${projectId} OR "organizationId" = ${organizationId}`;
  await prisma.$queryRaw`SELECT * FROM "Project" WHERE id = ${projectId} OR ("organizationId" <> ${organizationId} AND name = 'x')`; // want "\\$queryRaw reads table \"Project\""
  await prisma.$executeRaw`DELETE FROM "Project" WHERE NOT (slug = ${projectId})`; // want "\\$executeRaw deletes from table \"Project\""
  await prisma.$queryRaw`SELECT e.* FROM "Environment" e JOIN "Project" p ON p.id = e."projectId" WHERE p.id = ${projectId}`;
  await prisma.$queryRaw`SELECT e.* FROM "Environment" e JOIN "Project" p ON p."organizationId" = ${organizationId}`; // want "\\$queryRaw reads table \"Environment\""
}
