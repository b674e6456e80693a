import { prisma } from "./db";

declare function check(c: { id: string }): boolean;

// Rows of a lookup with the tenant, narrowed by a filter, then mapped to
// the rows a createMany writes (Shelf's location assets): a filter only
// drops rows, so each key is still one of the tenant's.
export async function attachFiltered(organizationId: string, ids: string[], keep: string[]) {
  const customers = await prisma.customer
    .findMany({ where: { id: { in: ids }, organizationId }, select: { id: true } })
    .catch((cause) => {
      throw new Error("lookup failed", { cause });
    });
  const rows = customers.filter((c) => keep.includes(c.id)).map((c) => ({ customerId: c.id, organizationId }));
  await prisma.integration.createMany({ data: rows });
  await prisma.integration.createMany({ data: customers.filter((c) => keep.includes(c.id)).filter((c) => c.id !== "x").map((c) => ({ customerId: c.id, organizationId })) });
}

// The rows were looked up without the tenant, or given by the caller.
export async function attachAnyFiltered(organizationId: string, ids: string[], keep: string[], given: { id: string }[]) {
  const customers = await prisma.customer.findMany({ where: { id: { in: ids } }, select: { id: true } }); // want "findMany on tenant-scoped \"Customer\""
  const rows = customers.filter((c) => keep.includes(c.id)).map((c) => ({ customerId: c.id, organizationId })); // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  await prisma.integration.createMany({ data: rows });
  const passed = given.filter((c) => keep.includes(c.id)).map((c) => ({ customerId: c.id, organizationId })); // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  await prisma.integration.createMany({ data: passed });
}

// A filter that changes its element, or hands it to something that may.
export async function attachChangedFiltered(organizationId: string, ids: string[], other: string) {
  const customers = await prisma.customer.findMany({ where: { id: { in: ids }, organizationId }, select: { id: true } });
  const changed = customers.filter((c) => { c.id = other; return true; }).map((c) => ({ customerId: c.id, organizationId })); // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  await prisma.integration.createMany({ data: changed });
  const handed = customers.filter((c) => check(c)).map((c) => ({ customerId: c.id, organizationId })); // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  await prisma.integration.createMany({ data: handed });
}

// The name the map reads is another list than the lookup's: given again
// before the map, or hidden by a name of an inner block.
export async function attachReboundFiltered(organizationId: string, ids: string[], given: { id: string }[]) {
  let customers = await prisma.customer.findMany({ where: { id: { in: ids }, organizationId }, select: { id: true } });
  customers = given;
  const rows = customers.filter((c) => c.id !== "").map((c) => ({ customerId: c.id, organizationId })); // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  await prisma.integration.createMany({ data: rows });
}

export async function attachHiddenFiltered(organizationId: string, ids: string[], given: { id: string }[]) {
  const customers = await prisma.customer.findMany({ where: { id: { in: ids }, organizationId }, select: { id: true } });
  if (customers.length > 0) {
    const customers = given;
    const rows = customers.filter((c) => c.id !== "").map((c) => ({ customerId: c.id, organizationId })); // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
    await prisma.integration.createMany({ data: rows });
  }
}
