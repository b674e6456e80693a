import { prisma } from "./lib/db";

// The calls that name prisma as a client.
export async function list(organizationId: string) {
  return prisma.document.findMany({ where: { organizationId } });
}
