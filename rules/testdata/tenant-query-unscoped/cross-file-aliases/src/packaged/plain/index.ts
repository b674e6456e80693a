import { prisma } from "../../db";

// A folder without a package.json: its index is read.
export async function getCustomerOrThrow(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  return customer;
}
