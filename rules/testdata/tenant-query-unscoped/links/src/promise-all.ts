import { prisma } from "./db";

declare function findCustomer(id: string): Promise<{ id: string }>;
declare function nextNumber(): Promise<number>;

// A Customer created beside other work in one Promise.all: the id read
// from its place in the list is the new row's (documenso's envelopes).
export async function createdInPromiseAll(organizationId: string) {
  const [customer, n] = await Promise.all([prisma.customer.create({ data: { organizationId } }), nextNumber()]);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); void n;
  const [m, made] = await Promise.all([nextNumber(), prisma.customer.create({ data: { organizationId } }) as Promise<{ id: string }>]);
  await prisma.integration.update({ where: { id: String(m), organizationId }, data: { customerId: made.id } });
}

// The name is bound to another place of the list: a row found by an id
// from the body.
export async function foundInPromiseAll(organizationId: string, customerId: string) {
  const [n, customer] = await Promise.all([prisma.customer.create({ data: { organizationId } }), findCustomer(customerId)]);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); void n; // want "links a \"Customer\" by \"customerId\" alone"
  const [, skipped] = await Promise.all([prisma.customer.create({ data: { organizationId } }), findCustomer(customerId)]);
  await prisma.integration.create({ data: { organizationId, customerId: skipped.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// A spread before the create moves it to an unknown place.
export async function spreadInPromiseAll(organizationId: string, customerId: string) {
  const pending = [findCustomer(customerId)];
  const [customer] = await Promise.all([...pending, prisma.customer.create({ data: { organizationId } })]);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// A let the function later points at another row, or a name a parameter
// hides: not the created row.
export async function reboundInPromiseAll(organizationId: string, customerId: string) {
  let [customer] = await Promise.all([prisma.customer.create({ data: { organizationId } })]);
  customer = await findCustomer(customerId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  const [made] = await Promise.all([prisma.customer.create({ data: { organizationId } })]);
  return async (made: { id: string }) => {
    await prisma.integration.create({ data: { organizationId, customerId: made.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  };
}
