import { prisma } from "./db";

// A row this function created, its failure turned into nothing or thrown
// again: a create cannot leave out the tenant.
export async function createdCaught(organizationId: string, id: string) {
  const customer = await prisma.customer.create({ data: { organizationId, id } }).catch(() => null);
  await prisma.customer.update({ where: { id: customer.id }, data: {} });
  const again = await prisma.customer.create({ data: { organizationId, id } }).catch((cause) => {
    throw cause;
  });
  await prisma.integration.create({ data: { organizationId, customerId: again.id } });
}

// Near misses: the name holds what a .then or a .catch gives, not the row
// the create made. A create-or-get whose fallback looks the row up by its
// id alone finds any organization's.
export async function createOrGet(organizationId: string, id: string) {
  const customer = await prisma.customer.create({ data: { organizationId, id } }).catch(() => prisma.customer.findFirst({ where: { id } })); // want "findFirst on tenant-scoped \"Customer\""
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function createdThen(organizationId: string, id: string, other: { id: string }) {
  const customer = await prisma.customer.create({ data: { organizationId, id } }).then(() => other);
  await prisma.customer.update({ where: { id: customer.id }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

// The same for a created row's id taken by a pattern.
export async function createdDestructured(organizationId: string, id: string, other: { id: string }) {
  const { id: createdId } = await prisma.customer.create({ data: { organizationId, id } }).catch(() => null);
  await prisma.customer.update({ where: { id: createdId }, data: {} });
  const { id: fallbackId } = await prisma.customer.create({ data: { organizationId, id } }).catch(() => other);
  await prisma.customer.update({ where: { id: fallbackId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

// And for a row created in a $transaction callback and read from its
// result.
export async function createdInTransaction(organizationId: string, id: string, other: { id: string }) {
  const made = await prisma.$transaction(async (tx) => {
    const customer = await tx.customer.create({ data: { organizationId, id } });
    return { customer };
  });
  await prisma.customer.update({ where: { id: made.customer.id }, data: {} });
  const caught = await prisma.$transaction(async (tx) => {
    const customer = await tx.customer.create({ data: { organizationId, id } }).catch(() => other);
    return { customer };
  });
  await prisma.customer.update({ where: { id: caught.customer.id }, data: {} }); // want "update on tenant-scoped \"Customer\""
}
