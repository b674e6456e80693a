import { prisma } from "./lib/db";

// Nested type arguments (`<Array<Row>>`) are read by the grammar as a
// shift or comparisons around the template: the SQL is read all the same.
export async function rawNestedTypes(id: string, organizationId: string) {
  await prisma.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Project" WHERE id = ${id}`; // want "\\$queryRaw reads table \"Project\" without a condition on \"organizationId\""
  await prisma.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Project" WHERE id = ${id} AND "organizationId" = ${organizationId}`;
  const rows = prisma.$queryRaw<Map<string, Array<number>>>`DELETE FROM "Invoice"`; // want "\\$queryRaw deletes from table \"Invoice\""
  return rows;
}
