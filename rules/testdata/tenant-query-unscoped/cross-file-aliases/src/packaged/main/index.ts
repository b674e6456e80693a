import { prisma } from "../../db";

// Checks, but the folder's package.json names another file.
export async function getCustomerOrThrow(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  return customer;
}
