import { prisma } from "./db";

// A row copied from a stored row of the same model, tenant and link
// together (openpanel's report duplicate): the copy links what the stored
// row links, in that row's tenant.
export async function duplicate(organizationId: string, id: string) {
  const source = await prisma.integration.findFirstOrThrow({ where: { id, organizationId } });
  await prisma.integration.create({ data: { organizationId: source.organizationId, customerId: source.customerId } });
}

// The tenant not taken from the copied row: the stored row may be another
// tenant's.
export async function duplicateIntoCaller(organizationId: string, id: string) {
  const source = await prisma.integration.findUniqueOrThrow({ where: { id } }); // want "findUniqueOrThrow on tenant-scoped \"Integration\""
  await prisma.integration.create({ data: { organizationId, customerId: source.customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// The key taken from another row than the tenant.
export async function duplicateMixed(organizationId: string, id: string, otherId: string) {
  const source = await prisma.integration.findFirstOrThrow({ where: { id, organizationId } });
  const other = await prisma.integration.findUniqueOrThrow({ where: { id: otherId } }); // want "findUniqueOrThrow on tenant-scoped \"Integration\""
  await prisma.integration.create({ data: { organizationId: source.organizationId, customerId: other.customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// A row the caller hands in is not a stored row.
export async function duplicateGiven(source: { organizationId: string; customerId: string }) {
  await prisma.integration.create({ data: { organizationId: source.organizationId, customerId: source.customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The stored row's key changed before the copy.
export async function duplicateChanged(organizationId: string, id: string, customerId: string) {
  const source = await prisma.integration.findFirstOrThrow({ where: { id, organizationId } });
  source.customerId = customerId;
  await prisma.integration.create({ data: { organizationId: source.organizationId, customerId: source.customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// A let only ever assigned a create in the tenant (cal.com's attribute
// handler creates it in a try whose catch throws).
export async function createAfterTry(organizationId: string, names: string[]) {
  let customer: { id: string };
  try {
    customer = await prisma.customer.create({ data: { organizationId } });
  } catch (error) {
    throw new Error("could not create", { cause: error });
  }
  await prisma.integration.createMany({ data: names.map(() => ({ organizationId, customerId: customer.id })) });
}

// Assigned a row found without the tenant as well.
export async function createOrFind(organizationId: string, customerId: string, fresh: boolean) {
  let customer;
  if (fresh) {
    customer = await prisma.customer.create({ data: { organizationId } });
  } else {
    customer = await prisma.customer.findUniqueOrThrow({ where: { id: customerId } }); // want "findUniqueOrThrow on tenant-scoped \"Customer\""
  }
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// A let given a value where it is declared.
export async function createOrGiven(organizationId: string, given: { id: string }, fresh: boolean) {
  let customer = given;
  if (fresh) {
    customer = await prisma.customer.create({ data: { organizationId } });
  }
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The created row's id changed after the create.
export async function createThenChange(organizationId: string, customerId: string) {
  let customer: { id: string };
  customer = await prisma.customer.create({ data: { organizationId } });
  customer.id = customerId;
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// A callback's parameter of the same name is another row.
export async function createShadowed(organizationId: string, given: { id: string }[]) {
  let customer: { id: string };
  customer = await prisma.customer.create({ data: { organizationId } });
  await prisma.integration.createMany({ data: given.map((customer) => ({ organizationId, customerId: customer.id })) }); // want "links a \"Customer\" by \"customerId\" alone"
}
