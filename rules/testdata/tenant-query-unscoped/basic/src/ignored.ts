import { prisma } from "./lib/db";

export async function internal(id: string) {
  // schemalint-ignore tenant-query-unscoped the caller checked membership of the project first
  await prisma.project.findUnique({ where: { id } });
  await prisma.project.findUnique({ where: { id } }); // schemalint-ignore tenant-query-unscoped admin tool
  // schemalint-ignore tenant-query-unscoped nothing to silence here // want "this schemalint-ignore tenant-query-unscoped directive suppresses nothing"
  await prisma.plan.findMany();
}
