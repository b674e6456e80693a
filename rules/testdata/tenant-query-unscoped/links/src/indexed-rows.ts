import { prisma } from "./db";

declare function nextNumber(): Promise<number>;

// An element, by its index, of a list of the tenant's rows (inbox-zero's
// drive filing: `driveConnections[0].id`).
export async function linkFirstFound(organizationId: string) {
  const [n, customers] = await Promise.all([nextNumber(), prisma.customer.findMany({ where: { organizationId } })]);
  if (customers.length === 0) return n;
  await prisma.integration.create({ data: { organizationId, customerId: customers[0].id } });
  const first = customers[0];
  await prisma.integration.create({ data: { organizationId, customerId: first.id } });
  await prisma.integration.create({ data: { organizationId, customer: { connect: { id: customers[1].id } } } });
}

// A list read without the tenant, or grown with other rows.
export async function linkFirstUnchecked(organizationId: string, extra: { id: string }) {
  const any = await prisma.customer.findMany({ where: { id: { not: "" } } }); // want "findMany on tenant-scoped \"Customer\""
  await prisma.integration.create({ data: { organizationId, customerId: any[0].id } }); // want "links a \"Customer\" by \"customerId\" alone"
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  customers.push(extra as never);
  await prisma.integration.create({ data: { organizationId, customerId: customers[0].id } }); // want "links a \"Customer\" by \"customerId\" alone"
}
