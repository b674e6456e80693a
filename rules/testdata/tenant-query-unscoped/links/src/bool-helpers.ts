import { prisma } from "./db";
import { anyCustomer, customerBelongs, customerDefined, customerExists } from "./checks/customer-belongs";

type Input = { customerId: string; organizationId: string; name?: string };
type OptionalInput = { customerId?: string; organizationId: string };

// A helper answers whether the customer is the organization's, and the
// caller leaves when it says no: the link, and a write by the id, are the
// organization's.
export async function linkChecked(input: Input) {
  if (!(await customerBelongs(input.customerId, input.organizationId))) {
    throw new Error("Customer not found");
  }
  await prisma.customer.update({ where: { id: input.customerId }, data: { organizationId: input.organizationId } });
  return prisma.integration.create({ data: { organizationId: input.organizationId, customerId: input.customerId } });
}

export async function linkCheckedByExists(input: Input) {
  if (!input.organizationId || !(await customerExists(input.customerId, input.organizationId))) return null;
  return prisma.integration.create({ data: { organizationId: input.organizationId, customerId: input.customerId } });
}

// The check skipped when no customer is given: an empty key links
// nothing, so the link is proven; a where by that empty key would match
// any customer, so a lookup is not.
export async function linkCheckedWhenGiven(input: OptionalInput) {
  if (input.customerId && !(await customerBelongs(input.customerId, input.organizationId))) {
    throw new Error("Customer not found");
  }
  return prisma.integration.create({ data: { organizationId: input.organizationId, customerId: input.customerId } });
}

export async function lookupCheckedWhenGiven(input: OptionalInput) {
  if (input.customerId && !(await customerBelongs(input.customerId, input.organizationId))) {
    throw new Error("Customer not found");
  }
  return prisma.customer.deleteMany({ where: { id: input.customerId } }); // want "deleteMany on tenant-scoped \"Customer\" does not filter by the tenant"
}

// Near misses: a helper that checks no organization, one whose test a
// missing row passes, a check that does not leave, another key checked.
export async function linkByAnyCustomer(input: Input) {
  if (!(await anyCustomer(input.customerId))) throw new Error("Customer not found");
  return prisma.integration.create({ data: { organizationId: input.organizationId, customerId: input.customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

export async function linkByDefined(input: Input) {
  if (!(await customerDefined(input.customerId, input.organizationId))) throw new Error("Customer not found");
  return prisma.integration.create({ data: { organizationId: input.organizationId, customerId: input.customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

export async function linkLoggedOnly(input: Input) {
  if (!(await customerBelongs(input.customerId, input.organizationId))) console.warn("foreign customer");
  return prisma.integration.create({ data: { organizationId: input.organizationId, customerId: input.customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

export async function linkOtherChecked(input: Input & { otherId: string }) {
  if (!(await customerBelongs(input.otherId, input.organizationId))) throw new Error("Customer not found");
  return prisma.integration.create({ data: { organizationId: input.organizationId, customerId: input.customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

export async function linkCheckedWhenOtherGiven(input: OptionalInput & { name?: string }) {
  if (input.name && !(await customerBelongs(input.customerId!, input.organizationId))) throw new Error("Customer not found");
  return prisma.integration.create({ data: { organizationId: input.organizationId, customerId: input.customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}
