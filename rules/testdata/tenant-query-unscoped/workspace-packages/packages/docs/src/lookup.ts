import { prisma } from "./db";

// By id, compared with the tenant the caller passes, thrown on a mismatch.
export async function getCustomerOrThrow(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  return customer;
}
