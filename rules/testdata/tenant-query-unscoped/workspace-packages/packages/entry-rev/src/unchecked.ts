import { prisma } from "./db";

// What types names, read before main.
export async function getCustomerOrThrow(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\""
  if (!customer) throw new Error("not found");
  return customer;
}
