import { prisma } from "./db";

declare function report(cause: unknown): void;

// A lookup with the tenant whose failure a .catch turns into nothing (or
// into a throw of its own) names the tenant's row or none: the test after
// it leaves when there is none.
export async function caughtToNothing(organizationId: string, customerId: string) {
  const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } }).catch(() => null);
  if (!customer) throw new Error("not found");
  await prisma.customer.update({ where: { id: customerId }, data: {} });
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

export async function caughtAndReported(organizationId: string, customerId: string) {
  const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } }).catch((cause) => {
    report(cause);
  });
  if (!customer) throw new Error("not found");
  await prisma.customer.update({ where: { id: customerId }, data: {} });
}

export async function caughtToNoRows(organizationId: string) {
  const customers = await prisma.customer.findMany({ where: { organizationId } }).catch(() => []);
  for (const customer of customers) {
    await prisma.customer.update({ where: { id: customer.id }, data: {} });
  }
}

// Near misses: a .catch that hands back a value of its own. On any failure
// of the lookup (a bad id is one) the name holds that value, not a row the
// tenant's where found, and the test after it passes.
export async function caughtToFallback(organizationId: string, customerId: string) {
  const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } }).catch(() => ({ id: customerId }));
  if (!customer) throw new Error("not found");
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function caughtByName(organizationId: string, customerId: string, fallback: (cause: unknown) => { id: string }) {
  const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } }).catch(fallback);
  if (!customer) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function caughtToSomeRows(organizationId: string, others: { id: string }[]) {
  const customers = await prisma.customer.findMany({ where: { organizationId } }).catch(() => others);
  for (const customer of customers) {
    await prisma.customer.update({ where: { id: customer.id }, data: {} }); // want "update on tenant-scoped \"Customer\""
  }
}

export async function caughtToEmptyRow(organizationId: string, customerId: string) {
  const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } }).catch(() => []);
  if (!customer) throw new Error("not found");
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}
