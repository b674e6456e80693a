import { prisma } from "./db";
import { getCustomerOrThrow } from "./packaged/plain";
import { getCustomerOrThrow as viaPackage } from "./packaged/main";
import { getCustomerOrThrow as viaAlias } from "@/packaged/main";

// A folder's index.ts, when no package.json says otherwise.
export async function linkFolder(organizationId: string, customerId: string) {
  const customer = await getCustomerOrThrow(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

// TypeScript reads the folder's package.json before its index file.
export async function linkPackaged(organizationId: string, customerId: string) {
  const customer = await viaPackage(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkPackagedAlias(organizationId: string, customerId: string) {
  const customer = await viaAlias(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}
