import { prisma } from "./db";

// A created row held in a name, its key taken apart later by a pattern: the
// key is the new row's, as `customer.id` is.
export async function createdThenTakenApart(organizationId: string, id: string) {
  const customer = await prisma.customer.create({ data: { organizationId, id } });
  const { id: customerId } = customer;
  await prisma.integration.create({ data: { organizationId, customerId } });
  await prisma.customer.update({ where: { id: customerId }, data: {} });
  const again = await prisma.customer.create({ data: { organizationId, id } });
  const { id } = again;
  await prisma.customer.update({ where: { id }, data: {} });
}

export async function createdInTransactionTakenApart(organizationId: string, id: string) {
  await prisma.$transaction(async (tx) => {
    const customer = await tx.customer.create({ data: { organizationId, id } });
    const { id: customerId } = customer;
    await tx.integration.create({ data: { organizationId, customerId } });
  });
}

// Near misses: the row taken apart is not the one the create made (found
// by its id alone, handed in, or what a .then gave), or the name is
// bound again before the key is read.
export async function foundThenTakenApart(organizationId: string, id: string) {
  const customer = await prisma.customer.findFirst({ where: { id } }); // want "findFirst on tenant-scoped \"Customer\""
  const { id: customerId } = customer!;
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function otherTakenApart(organizationId: string, id: string, other: { id: string }) {
  const customer = await prisma.customer.create({ data: { organizationId, id } });
  const { id: customerId } = other;
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
  const made = await prisma.customer.create({ data: { organizationId, id } }).then(() => other);
  const { id: madeId } = made;
  await prisma.customer.update({ where: { id: madeId }, data: {} }); // want "update on tenant-scoped \"Customer\""
  return customer;
}

export async function reboundTakenApart(organizationId: string, id: string, other: { id: string }) {
  let customer = await prisma.customer.create({ data: { organizationId, id } });
  customer = other as typeof customer;
  const { id: customerId } = customer;
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}
