import { prisma } from "./db";

declare function touch(m: Map<string, { id: string }>): void;

// Rows of a tenant-filtered list kept in a Map by a field, the rows the
// function creates in the tenant set into it, read back with get (Comp
// AI's framework sync).
export async function syncCustomers(organizationId: string, names: string[], removed: string[]) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byName = new Map(customers.filter((c) => c.id).map((c) => [c.id!, c]));
  for (const name of names) {
    if (byName.has(name)) continue;
    const created = await prisma.customer.create({ data: { organizationId } });
    byName.set(name, created);
  }
  const ids = Array.from(byName.values()).map((c) => c.id);
  for (const name of removed) {
    const inst = byName.get(name);
    if (!inst) continue;
    await prisma.customer.update({ where: { id: inst.id }, data: {} });
    await prisma.integration.create({ data: { organizationId, customerId: inst.id } });
  }
  return ids;
}

// Near misses: a Map given one request row, a Map handed to a function,
// a set after the lookup with a row found without the tenant, the values
// handed on whole.
export async function syncGivenRow(organizationId: string, name: string, input: { id: string }) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byName = new Map(customers.filter((c) => c.id).map((c) => [c.id, c]));
  const given = input;
  byName.set(name, given);
  const inst = byName.get(name);
  if (!inst) return;
  await prisma.customer.update({ where: { id: inst.id }, data: {} }); // want "update on tenant-scoped \"Customer\" does not filter by the tenant"
}

export async function syncHandedMap(organizationId: string, name: string) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byName = new Map(customers.filter((c) => c.id).map((c) => [c.id, c]));
  touch(byName);
  const inst = byName.get(name);
  if (!inst) return;
  await prisma.integration.create({ data: { organizationId, customerId: inst.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function syncLaterSet(organizationId: string, names: string[], id: string) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byName = new Map(customers.filter((c) => c.id).map((c) => [c.id, c]));
  for (const name of names) {
    const inst = byName.get(name);
    if (!inst) continue;
    await prisma.customer.update({ where: { id: inst.id }, data: {} }); // want "update on tenant-scoped \"Customer\" does not filter by the tenant"
    const loose = await prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\" does not filter by the tenant"
    if (loose) byName.set(name, loose);
  }
}

export async function syncValuesHanded(organizationId: string, name: string) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byName = new Map(customers.filter((c) => c.id).map((c) => [c.id, c]));
  const all = Array.from(byName.values()).map((c) => c);
  const inst = byName.get(name);
  if (!inst) return;
  await prisma.customer.update({ where: { id: inst.id }, data: {} }); // want "update on tenant-scoped \"Customer\" does not filter by the tenant"
  return all;
}
