import { prisma } from "./db";

declare function log(x: unknown): void;

// Rows found by id alone, kept in a Map, every row got back compared with
// the tenant at once, leaving on a mismatch (tianji's shared module
// bindings): no other tenant's row is used.
export async function validateCustomers(organizationId: string, refs: { customerId: string }[]) {
  const customers = await prisma.customer.findMany({ where: { id: { in: refs.map((r) => r.customerId) } } });
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const ref of refs) {
    const customer = byId.get(ref.customerId);
    if (!customer || customer.organizationId !== organizationId) {
      throw new Error("invalid customer");
    }
  }
}

// Near misses: the rows also returned, a row used before its comparison,
// the Map asked with has, a comparison that only logs.
export async function validateReturned(organizationId: string, refs: { customerId: string }[]) {
  const customers = await prisma.customer.findMany({ where: { id: { in: refs.map((r) => r.customerId) } } }); // want "findMany on tenant-scoped \"Customer\" does not filter by the tenant"
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const ref of refs) {
    const customer = byId.get(ref.customerId);
    if (!customer || customer.organizationId !== organizationId) throw new Error("invalid customer");
  }
  return customers;
}

export async function validateUsedFirst(organizationId: string, refs: { customerId: string }[]) {
  const customers = await prisma.customer.findMany({ where: { id: { in: refs.map((r) => r.customerId) } } }); // want "findMany on tenant-scoped \"Customer\" does not filter by the tenant"
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const ref of refs) {
    const customer = byId.get(ref.customerId);
    log(customer);
    if (!customer || customer.organizationId !== organizationId) throw new Error("invalid customer");
  }
}

export async function validateHas(organizationId: string, refs: { customerId: string }[]) {
  const customers = await prisma.customer.findMany({ where: { id: { in: refs.map((r) => r.customerId) } } }); // want "findMany on tenant-scoped \"Customer\" does not filter by the tenant"
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const ref of refs) {
    if (!byId.has(ref.customerId)) return false;
    const customer = byId.get(ref.customerId);
    if (!customer || customer.organizationId !== organizationId) throw new Error("invalid customer");
  }
  return true;
}

export async function validateLogged(organizationId: string, refs: { customerId: string }[]) {
  const customers = await prisma.customer.findMany({ where: { id: { in: refs.map((r) => r.customerId) } } }); // want "findMany on tenant-scoped \"Customer\" does not filter by the tenant"
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const ref of refs) {
    const customer = byId.get(ref.customerId);
    if (!customer || customer.organizationId !== organizationId) log("invalid customer");
    log(customer);
  }
}

// Near misses: the mismatched row handed on by the throw's message or a
// log before leaving.
export async function validateErrorNamesRow(organizationId: string, refs: { customerId: string }[]) {
  const customers = await prisma.customer.findMany({ where: { id: { in: refs.map((r) => r.customerId) } } }); // want "findMany on tenant-scoped \"Customer\" does not filter by the tenant"
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const ref of refs) {
    const customer = byId.get(ref.customerId);
    if (!customer || customer.organizationId !== organizationId) {
      throw new Error(JSON.stringify(customer));
    }
  }
}

export async function validateLogsRow(organizationId: string, refs: { customerId: string }[]) {
  const customers = await prisma.customer.findMany({ where: { id: { in: refs.map((r) => r.customerId) } } }); // want "findMany on tenant-scoped \"Customer\" does not filter by the tenant"
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const ref of refs) {
    const customer = byId.get(ref.customerId);
    if (!customer || customer.organizationId !== organizationId) {
      log(customer);
      throw new Error("invalid customer");
    }
  }
}
