import { prisma } from "./db";

// A helper that returns the key of a row it found with the tenant the
// caller passes, or nothing.
async function customerKey(organizationId: string, name?: string): Promise<string | null> {
  if (!name) {
    return null;
  }
  const customer = await prisma.customer.findFirst({ where: { organizationId }, select: { id: true } });
  return customer?.id ?? null;
}

// Its near misses: a row found without the tenant; a parameter returned
// on one path.
async function looseCustomerKey(organizationId: string, id: string): Promise<string | null> {
  const customer = await prisma.customer.findFirst({ where: { id }, select: { id: true } }); // want "findFirst on tenant-scoped \"Customer\" does not filter by the tenant"
  return customer?.id ?? null;
}

async function customerKeyOr(organizationId: string, fallback?: string): Promise<string | null> {
  if (fallback) {
    return fallback;
  }
  const customer = await prisma.customer.findFirst({ where: { organizationId }, select: { id: true } });
  return customer?.id ?? null;
}

export async function linkReturnedKeys(organizationId: string, otherOrg: string, id: string) {
  const customerId = await customerKey(organizationId, "x");
  await prisma.$transaction(async (tx) => {
    await tx.integration.create({ data: { organizationId, customerId } });
  });
  const loose = await looseCustomerKey(organizationId, id);
  await prisma.integration.create({ data: { organizationId, customerId: loose } }); // want "links a \"Customer\" by \"customerId\" alone"
  const either = await customerKeyOr(organizationId, id);
  await prisma.integration.create({ data: { organizationId, customerId: either } }); // want "links a \"Customer\" by \"customerId\" alone"
  // The caller passes no tenant: the helper's where is then unfiltered.
  const foreign = await customerKey(undefined as unknown as string, "x");
  await prisma.integration.create({ data: { organizationId, customerId: foreign } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// A method of the same class, called on this (Comp AI's getMemberId).
export class IntegrationService {
  private async customerKey(organizationId: string): Promise<string | null> {
    const customer = await prisma.customer.findFirst({ where: { organizationId } });
    return customer?.id ?? null;
  }

  private async anyCustomerKey(organizationId: string, id: string): Promise<string | null> {
    const customer = await prisma.customer.findFirst({ where: { id } }); // want "findFirst on tenant-scoped \"Customer\" does not filter by the tenant"
    return customer?.id ?? null;
  }

  async link(organizationId: string, id: string) {
    const customerId = await this.customerKey(organizationId);
    await prisma.integration.create({ data: { organizationId, customerId } });
    const other = await this.anyCustomerKey(organizationId, id);
    await prisma.integration.update({ where: { id, organizationId }, data: { customerId: other } }); // want "links a \"Customer\" by \"customerId\" alone"
  }
}
