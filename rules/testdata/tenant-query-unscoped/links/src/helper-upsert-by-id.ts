import { prisma } from "./db";

// A helper of the file whose upsert finds the row by id alone may return
// another organization's row (its create names the tenant, its where does
// not): the row's key proves nothing, however it reaches the write.
async function upsertById(organizationId: string, id: string) {
  return prisma.customer.upsert({ where: { id }, update: {}, create: { id, organizationId } }); // want "upsert on tenant-scoped \"Customer\" does not filter by the tenant"
}

export async function linkUpserted(organizationId: string, id: string) {
  const row = await upsertById(organizationId, id);
  await prisma.integration.create({ data: { organizationId, customerId: row.id } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  await prisma.integration.create({ data: { organizationId, customerId: (await upsertById(organizationId, id)).id } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  let assigned: string;
  assigned = (await upsertById(organizationId, id)).id;
  await prisma.integration.create({ data: { organizationId, customerId: assigned } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  let chosen: string;
  const found = await prisma.customer.findUnique({ where: { organizationId } });
  if (!found) {
    chosen = (await upsertById(organizationId, id)).id;
  } else {
    chosen = found.id;
  }
  await prisma.integration.create({ data: { organizationId, customerId: chosen } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}
