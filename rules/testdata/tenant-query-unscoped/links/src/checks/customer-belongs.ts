import { prisma } from "../db";

// Helpers that answer whether a customer is the organization's: the
// caller leaves when they say no (LangWatch's dashboardBelongsToProject).
export async function customerBelongs(customerId: string, organizationId: string): Promise<boolean> {
  const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId }, select: { id: true } });
  return customer !== null;
}

export async function customerExists(customerId: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id: customerId, organizationId } });
  return !!customer;
}

// Answers that say nothing of the organization: any customer, or a test
// a missing row passes (a lookup that finds nothing gives null).
export async function anyCustomer(customerId: string) {
  const customer = await prisma.customer.findFirst({ where: { id: customerId } }); // want "findFirst on tenant-scoped \"Customer\" does not filter by the tenant"
  return customer !== null;
}

export async function customerDefined(customerId: string, organizationId: string) {
  const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
  return customer !== undefined;
}
