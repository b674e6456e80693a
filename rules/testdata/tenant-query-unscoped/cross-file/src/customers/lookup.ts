import { prisma } from "../db";
import { audit } from "../audit";

// Helpers other files import. Each finds one Customer; what it proves for
// its caller depends on its body, read as a helper of the caller's own
// file would be.

// By id alone: the caller compares the row's tenant.
export async function findCustomer(id: string) {
  return prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\""
}

// By id, compared with the tenant the caller passes, thrown on a mismatch.
export async function getCustomerOrThrow(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  return customer;
}

// By id alone, the tenant taken and not compared.
export async function getCustomerById(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\""
  if (!customer) throw new Error("not found");
  return customer;
}

// By id and tenant, thrown when missing.
export const assertCustomer = async (organizationId: string, id: string) => {
  const customer = await prisma.customer.findFirst({ where: { id, organizationId } });
  if (!customer) throw new Error("not found");
  return customer;
};

// By id and tenant, but nothing thrown when missing.
export const findCustomerInOrganization = async (organizationId: string, id: string) => {
  const customer = await prisma.customer.findFirst({ where: { id, organizationId } });
  if (!customer) return null;
  return customer;
};

// Checks as assertCustomer does, but first hands the id to a function of
// a third file, which is not read.
export async function assertAuditedCustomer(organizationId: string, id: string) {
  await audit(id);
  const customer = await prisma.customer.findFirst({ where: { id, organizationId } });
  if (!customer) throw new Error("not found");
  return customer;
}

// The tenant's first Customer: any row it returns is the tenant's.
export async function firstCustomer(organizationId: string) {
  return prisma.customer.findFirst({ where: { organizationId } });
}

// A static method of an exported class, found by id and tenant.
export class CustomerService {
  static async verify(organizationId: string, id: string) {
    const customer = await prisma.customer.findFirst({ where: { id, organizationId } });
    if (!customer) throw new Error("not found");
    return customer;
  }

  // Not static: an instance's method may be another.
  async verifyOwn(organizationId: string, id: string) {
    const customer = await prisma.customer.findFirst({ where: { id, organizationId } });
    if (!customer) throw new Error("not found");
    return customer;
  }
}

// The default export finds by id alone; the named checkedCustomer checks.
export default async function (id: string, organizationId: string) {
  return prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\""
}

export async function checkedCustomer(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  return customer;
}
