import { prisma } from "../src/db";
import { getCustomerOrThrow } from "@one/customers/lookup";
import { getCustomerOrThrow as tied } from "@tie/customers/lookup";

// One pattern matches: the checking helper is read.
export async function linkOne(organizationId: string, customerId: string) {
  const customer = await getCustomerOrThrow(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

// Two patterns match with one prefix: TypeScript takes the first
// declared, the helper that checks nothing, not "@tie/*".
export async function linkTied(organizationId: string, customerId: string) {
  const customer = await tied(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}
