import { prisma } from "./db";

// A let given only the key of a row found with the tenant links that
// row; a callback's parameter of the same name is another value (the
// caller's ids), and links nothing the let was proven for.
export async function linkEach(organizationId: string, customerId: string, ids: string[]) {
  let linkedId: string | null = null;
  const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
  if (!customer) throw new Error("not found");
  linkedId = customer.id;
  await Promise.all(ids.map((linkedId) => prisma.integration.create({ data: { organizationId, customerId: linkedId } }))); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkOne(organizationId: string, customerId: string) {
  let linkedId: string | null = null;
  const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
  if (!customer) throw new Error("not found");
  linkedId = customer.id;
  await prisma.integration.create({ data: { organizationId, customerId: linkedId } });
}

export async function linkLooped(organizationId: string, customerId: string, ids: string[]) {
  let linkedId: string | null = null;
  const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
  if (!customer) throw new Error("not found");
  linkedId = customer.id;
  for (const linkedId of ids) {
    await prisma.integration.create({ data: { organizationId, customerId: linkedId } }); // want "links a \"Customer\" by \"customerId\" alone"
  }
}
