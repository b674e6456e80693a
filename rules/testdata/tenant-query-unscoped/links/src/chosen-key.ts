import { prisma } from "./db";

// The key of a Customer found in the tenant, or of one created in it
// (inbox-zero's digests).
export async function linkFoundOrCreated(organizationId: string) {
  const pending = await prisma.customer.findFirst({ where: { organizationId } });
  const customerId = pending?.id || (await prisma.customer.create({ data: { organizationId } })).id;
  await prisma.integration.create({ data: { organizationId, customerId } });
}

// Found without the tenant, or created with no tenant given: any
// organization's Customer.
export async function linkFoundAnywhere(organizationId: string, id: string, data: { organizationId: string }) {
  const pending = await prisma.customer.findFirst({ where: { id } }); // want "findFirst on tenant-scoped \"Customer\""
  const customerId = pending?.id || (await prisma.customer.create({ data: { organizationId } })).id;
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
  const found = await prisma.customer.findFirst({ where: { organizationId } });
  const otherId = found?.id ?? (await prisma.customer.create({ data })).id; // want "cannot see what create on \"Customer\" links; build its data as objects"
  await prisma.integration.create({ data: { organizationId, customerId: otherId } }); // want "links a \"Customer\" by \"customerId\" alone"
}
