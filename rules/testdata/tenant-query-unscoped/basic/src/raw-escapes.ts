import { prisma } from "./lib/db";

// A tagged template's SQL is its text with JavaScript's escapes read, as
// Prisma receives it: \" is a double quote, not a syntax error for the rule
// to give up on.
export async function rawEscaped(id: string, organizationId: string) {
  await prisma.$queryRaw`SELECT * FROM \"Project\" WHERE id = ${id}`; // want "\\$queryRaw reads table \"Project\" without a condition on \"organizationId\""
  await prisma.$queryRaw`SELECT * FROM \"Project\" WHERE id = ${id} AND \"organizationId\" = ${organizationId}`;
  // MySQL's backquotes stay unreadable to PostgreSQL's parser once read.
  await prisma.$queryRaw`SELECT \`id\` FROM \`Project\` WHERE \`id\` = ${id}`; // want "cannot read the SQL of \\$queryRaw: syntax error"
}
