import { prisma } from "../src/db";

// In the repository, but not code the rule reads (queries.exclude).
export const assertCustomer = async (organizationId: string, id: string) => {
  const customer = await prisma.customer.findFirst({ where: { id, organizationId } });
  if (!customer) throw new Error("not found");
  return customer;
};
