import { prisma } from "./db";

// By id alone, the tenant taken and not compared.
export async function getCustomerOrThrow(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\""
  if (!customer) throw new Error("not found");
  return customer;
}
