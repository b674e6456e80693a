import { prisma } from "./db";
import { getCustomerOrThrow } from "@acme/docs/lookup";
import { getCustomerOrThrow as typed } from "@acme/docs/typed";

// Its config extends a file the package does not hold: the config is not
// understood, so no package is resolved.
export async function linkExported(organizationId: string, customerId: string) {
  const customer = await getCustomerOrThrow(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkTyped(organizationId: string, customerId: string) {
  const customer = await typed(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}
