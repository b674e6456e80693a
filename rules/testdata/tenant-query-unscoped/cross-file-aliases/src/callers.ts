import { prisma } from "./db";
import { getCustomerOrThrow } from "@/customers/lookup";
import { getCustomerOrThrow as fromBaseUrl } from "src/customers/lookup";
import { getCustomerOrThrow as legacy } from "@/customers/legacy";
import { getCustomerOrThrow as outside } from "@outside/customers/lookup";
import { getCustomerOrThrow as fromModules } from "@modules/lookup";

// Helpers found through the tsconfig's paths: the checking one is read.
export async function linkAliased(organizationId: string, customerId: string) {
  const customer = await getCustomerOrThrow(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

// Through the baseUrl alone.
export async function linkFromBaseUrl(organizationId: string, customerId: string) {
  const customer = await fromBaseUrl(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

// The exact pattern wins over "@/*": the helper that checks nothing.
export async function linkLegacy(organizationId: string, customerId: string) {
  const customer = await legacy(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// An alias to files that are not the application's code.
export async function linkOutside(organizationId: string, customerId: string) {
  const customer = await outside(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// An alias into node_modules.
export async function linkFromModules(organizationId: string, customerId: string) {
  const customer = await fromModules(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}
