import { prisma } from "../src/db";
import { getCustomerOrThrow } from "@/customers/lookup";

// Its tsconfig extends one that extends it back: no alias is read.
export async function linkInLoop(organizationId: string, customerId: string) {
  const customer = await getCustomerOrThrow(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}
