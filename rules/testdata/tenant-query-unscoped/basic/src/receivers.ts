import { prisma, db } from "./lib/db";

export class Service {
  constructor(private prisma: any) {}
  load(id: string) {
    return this.prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\""
  }
}

export async function handler(ctx: any, id: string, organizationId: string) {
  await db.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\""
  await ctx.db.project.findFirst({ where: { id } }); // want "findFirst on tenant-scoped \"Project\""
  await prisma.$transaction(async (tx) => {
    await tx.project.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Project\""
    await tx.project.update({ where: { id, organizationId }, data: {} });
  });
  await prisma.$transaction([
    prisma.invoice.deleteMany({ where: { id } }), // want "deleteMany on tenant-scoped \"Invoice\""
    prisma.invoice.deleteMany({ where: { id, organizationId } }),
  ]);
}
