import { prisma } from "./db";

// A key that is a proven row's id or nothing links that row or none
// (papermark's `folder?.id ?? null`): the null side links nothing.
export async function createInFoundOrNoCustomer(organizationId: string, name: string, cond: boolean) {
  const customer = await prisma.customer.findFirst({ where: { organizationId, id: name } });
  await prisma.integration.create({ data: { organizationId, customerId: customer?.id ?? null } });
  await prisma.integration.create({ data: { organizationId, customerId: customer?.id || null } });
  await prisma.integration.create({ data: { organizationId, customerId: customer?.id ? customer.id : null } });
  await prisma.integration.create({ data: { organizationId, customerId: cond ? undefined : (customer?.id ?? null) } });
}

// The value beside the fallback is judged as if it stood alone: a row
// found without the tenant, a key from the body, or a second key in place
// of nothing proves nothing.
export async function createInLooseOrNoCustomer(organizationId: string, customerId: string, cond: boolean) {
  const loose = await prisma.customer.findFirst({ where: { id: customerId } }); // want "findFirst on tenant-scoped \"Customer\""
  await prisma.integration.create({ data: { organizationId, customerId: loose?.id ?? null } }); // want "links a \"Customer\" by \"customerId\" alone"
  await prisma.integration.create({ data: { organizationId, customerId: customerId || null } }); // want "links a \"Customer\" by \"customerId\" alone"
  await prisma.integration.create({ data: { organizationId, customerId: cond ? customerId : undefined } }); // want "links a \"Customer\" by \"customerId\" alone"
  const found = await prisma.customer.findFirst({ where: { organizationId, id: customerId } });
  await prisma.integration.create({ data: { organizationId, customerId: found?.id ?? customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
  await prisma.integration.create({ data: { organizationId, customerId: cond ? found?.id : customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Written into the tenant of the row the key found, through a non-null
// assertion (papermark's `teamId: link.teamId!`); the assertion changes
// nothing at run time, and another key still proves nothing.
export async function createForAssertedCustomer(customerId: string, otherId: string) {
  const customer = await prisma.customer.findUnique({ where: { id: customerId } }); // want "findUnique on tenant-scoped \"Customer\""
  if (!customer) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId: customer.organizationId!, customerId } });
  await prisma.integration.create({ data: { organizationId: customer.organizationId!, customerId: otherId } }); // want "links a \"Customer\" by \"customerId\" alone"
  await prisma.integration.create({ data: { organizationId: otherId!, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// A let that holds nothing or the id of a row looked up with the tenant
// (papermark's `let domainId = null; … domainId = domain.id`): nothing
// links nothing, so no test of the name is needed.
export async function createWithAssignedKey(organizationId: string, name?: string) {
  let customerId = null;
  if (name) {
    const customer = await prisma.customer.findFirst({ where: { organizationId, id: name } });
    if (!customer) throw new Error("not found");
    customerId = customer.id;
  }
  await prisma.integration.create({ data: { organizationId, customerId } });
  let maybeId: string | undefined;
  if (name) {
    const customer = await prisma.customer.findFirst({ where: { organizationId, id: name } });
    maybeId = customer?.id || undefined;
  }
  await prisma.integration.create({ data: { organizationId, customerId: maybeId } });
}

// One assignment of a key not proven, a let that starts with one, or a
// name written otherwise, proves nothing.
export async function createWithLooseAssignedKey(organizationId: string, name: string, other: string, list: string[]) {
  let customerId = null;
  if (name) {
    const customer = await prisma.customer.findFirst({ where: { organizationId, id: name } });
    customerId = customer?.id ?? null;
  } else {
    customerId = other;
  }
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
  let startId = other;
  const found = await prisma.customer.findFirst({ where: { organizationId, id: name } });
  if (found) startId = found.id;
  await prisma.integration.create({ data: { organizationId, customerId: startId } }); // want "links a \"Customer\" by \"customerId\" alone"
  let loose = null;
  const byId = await prisma.customer.findFirst({ where: { id: name } }); // want "findFirst on tenant-scoped \"Customer\""
  loose = byId?.id;
  await prisma.integration.create({ data: { organizationId, customerId: loose } }); // want "links a \"Customer\" by \"customerId\" alone"
  let destructured = null;
  const proven = await prisma.customer.findFirst({ where: { organizationId, id: name } });
  destructured = proven?.id;
  [destructured] = list;
  await prisma.integration.create({ data: { organizationId, customerId: destructured } }); // want "links a \"Customer\" by \"customerId\" alone"
}
