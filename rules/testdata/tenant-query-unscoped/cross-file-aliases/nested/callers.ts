import { prisma } from "../src/db";
import { getCustomerOrThrow } from "@/customers/lookup";

// The nearest tsconfig.json governs, and it has no paths.
export async function linkNested(organizationId: string, customerId: string) {
  const customer = await getCustomerOrThrow(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}
