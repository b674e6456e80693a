import { prisma } from "../db";

// dub's getProgramOrThrow: one destructured object of options, the row
// found by id, compared with the tenant passed, and returned as it is or
// as a copy that changes what the caller does not read.
export async function getCustomerWith({ organizationId, customerId, include }: { organizationId: string; customerId: string; include?: any }) {
  const customer = await prisma.customer.findUnique({ where: { id: customerId }, include });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  const shown = include?.label ? { ...customer, label: "shown" } : customer;
  return shown as typeof customer;
}

// A copy whose integrations are other rows.
export async function getCustomerRelinked({ organizationId, customerId, integrations }: { organizationId: string; customerId: string; integrations: any[] }) {
  const customer = await prisma.customer.findUnique({ where: { id: customerId }, include: { integrations: true } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  const shown = { ...customer, integrations };
  return shown;
}

// A copy changed after it is made.
export async function getCustomerChanged({ organizationId, customerId, other }: { organizationId: string; customerId: string; other: any }) {
  const customer = await prisma.customer.findUnique({ where: { id: customerId }, include: { integrations: true } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  const shown = { ...customer };
  shown.integrations = other;
  return shown;
}

// Not compared with the tenant.
export async function getCustomerLoaded({ organizationId, customerId }: { organizationId: string; customerId: string }) {
  const customer = await prisma.customer.findUnique({ where: { id: customerId }, include: { integrations: true } }); // want "findUnique on tenant-scoped \"Customer\""
  if (!customer) throw new Error("not found");
  return customer;
}
