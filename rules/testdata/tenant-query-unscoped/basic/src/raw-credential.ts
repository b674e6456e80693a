import { prisma } from "./lib/db";

// Raw SQL that reaches only the row of a credential its caller presents,
// as a where on a credential field does: the key decides the tenant.
export async function byCredential(hashedKey: string, token: string, name: string, n: number, other: string) {
  await prisma.$queryRaw`SELECT "organizationId" FROM "ApiKey" WHERE "hashedKey" = ${hashedKey} LIMIT 1`;
  await prisma.$queryRaw`SELECT k."organizationId" FROM "ApiKey" k WHERE k."hashedKey" = ${hashedKey}::text AND k.name = ${name}`;
  await prisma.$queryRaw`SELECT * FROM public."ApiKey" WHERE ${token} = "sessionToken"`;
  await prisma.$executeRaw`UPDATE "ApiKey" SET name = ${name} WHERE "hashedKey" = ${hashedKey}`;
  await prisma.$executeRaw`DELETE FROM "ApiKey" WHERE "sessionToken" = ${token}`;

  // Near misses: what a credential does not limit to one holder's row.
  await prisma.$queryRaw`SELECT * FROM "ApiKey" WHERE "tokenCount" = ${n}`; // want "\\$queryRaw reads table \"ApiKey\" without a condition on \"organizationId\""
  await prisma.$queryRaw`SELECT * FROM "ApiKey" WHERE "hashedKey" = ${hashedKey} OR name = ${name}`; // want "\\$queryRaw reads table \"ApiKey\""
  await prisma.$queryRaw`SELECT * FROM "ApiKey" WHERE "hashedKey" IN (${hashedKey}, ${other})`; // want "\\$queryRaw reads table \"ApiKey\""
  await prisma.$queryRaw`SELECT * FROM "ApiKey" WHERE "hashedKey" = ANY(${[hashedKey, other]})`; // want "\\$queryRaw reads table \"ApiKey\""
  await prisma.$queryRaw`SELECT * FROM "ApiKey" WHERE "hashedKey" <> ${hashedKey}`; // want "\\$queryRaw reads table \"ApiKey\""
  await prisma.$queryRaw`SELECT * FROM "ApiKey" WHERE "hashedKey" IS NOT NULL`; // want "\\$queryRaw reads table \"ApiKey\""
  await prisma.$queryRaw`SELECT * FROM "ApiKey" WHERE "hashedKey" = 'shared'`; // want "\\$queryRaw reads table \"ApiKey\""
  await prisma.$queryRaw`SELECT * FROM "ApiKey" WHERE "hashedKey" = "sessionToken"`; // want "\\$queryRaw reads table \"ApiKey\""
  await prisma.$queryRaw`SELECT * FROM "ApiKey" WHERE NOT ("hashedKey" = ${hashedKey})`; // want "\\$queryRaw reads table \"ApiKey\""
  await prisma.$queryRaw`SELECT k.* FROM "ApiKey" k JOIN "Project" p ON p."organizationId" = k."organizationId" WHERE k."hashedKey" = ${hashedKey}`; // want "\\$queryRaw reads table \"ApiKey\""
  await prisma.$queryRaw`SELECT * FROM "ApiKey" WHERE "hashedKey" = ${hashedKey} UNION SELECT * FROM "ApiKey"`; // want "\\$queryRaw reads table \"ApiKey\""
  await prisma.$queryRaw`SELECT * FROM "ApiKey" WHERE "hashedKey" = ${hashedKey} AND id IN (SELECT id FROM "ApiKey")`; // want "\\$queryRaw reads table \"ApiKey\""
  await prisma.$queryRaw`SELECT * FROM "ApiKey" k WHERE other."hashedKey" = ${hashedKey}`; // want "\\$queryRaw reads table \"ApiKey\""
  await prisma.$executeRaw`UPDATE "ApiKey" SET name = ${name} FROM "Plan" WHERE "hashedKey" = ${hashedKey}`; // want "\\$executeRaw writes table \"ApiKey\""
}
