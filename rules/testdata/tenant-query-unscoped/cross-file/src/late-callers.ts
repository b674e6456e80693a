import { prisma } from "./db";
import { getCustomerLate, getCustomerCounted } from "./customers/handed-late";

export async function linkLate(organizationId: string, customerId: string) {
  const customer = await getCustomerLate(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Twin: quiet.
export async function linkCounted(organizationId: string, customerId: string) {
  const customer = await getCustomerCounted(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}
