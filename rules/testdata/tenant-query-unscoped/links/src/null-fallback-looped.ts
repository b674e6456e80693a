import { prisma } from "./db";

// A let key given a proven id, then other ids by a loop's header, links
// another tenant's row. Twin: no loop.
export async function loopedKey(organizationId: string, name: string, others: string[]) {
  let customerId = null;
  const customer = await prisma.customer.findFirst({ where: { organizationId, id: name } });
  customerId = customer?.id || null;
  for (customerId of others) {
    void 0;
  }
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function keptKey(organizationId: string, name: string) {
  let customerId = null;
  const customer = await prisma.customer.findFirst({ where: { organizationId, id: name } });
  customerId = customer?.id || null;
  await prisma.integration.create({ data: { organizationId, customerId } });
}
