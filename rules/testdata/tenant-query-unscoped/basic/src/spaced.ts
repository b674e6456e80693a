import { prisma } from "./lib/db";

// A call written across lines, with comments between its parts, is judged
// like any other: the text search that picks the files to parse skips
// what the parser skips. The file names no other judged model.
export async function spaced(id: string) {
  await prisma.organization.findFirst({ where: { id } });
  await prisma.plan.findMany();
  await prisma // want "findMany on tenant-scoped \"Invoice\""
    .invoice /* the organization's invoices */
    // every one of them
    ?.findMany();
}
