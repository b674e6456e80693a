import { prisma } from "./db";

// A row made or found in the tenant by a helper of this file: every
// return a single-row query on Customer whose where (and create) names
// the tenant by the helper's parameter (Shelf's createDefaultWorkingHours).
export async function ensureCustomer(organizationId: string) {
  try {
    return await prisma.customer.upsert({
      where: { organizationId },
      update: {},
      create: { organizationId },
    });
  } catch (cause) {
    if (cause instanceof Error) {
      return prisma.customer.findUniqueOrThrow({ where: { organizationId } });
    }
    throw cause;
  }
}

// Shelf's working-hours override: a let filled in both branches of an if,
// from a row found with the tenant and from the helper's row (a name
// declared again in the branch).
export async function createForCustomer(organizationId: string) {
  let customerId: string;
  const customer = await prisma.customer.findUnique({ where: { organizationId }, select: { id: true } });
  if (!customer) {
    const customer = await ensureCustomer(organizationId);
    customerId = customer.id;
  } else {
    customerId = customer.id;
  }
  await prisma.integration.create({ data: { organizationId, customerId } });
  const made = await ensureCustomer(organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: made.id } });
}

// One assignment not proven, before the write, after it, or in a
// callback, proves nothing; nor does a parameter of the same name.
export async function createForLooseCustomer(organizationId: string, otherId: string, ids: string[]) {
  let customerId: string;
  const customer = await prisma.customer.findUnique({ where: { organizationId }, select: { id: true } });
  if (!customer) {
    const customer = await ensureCustomer(organizationId);
    customerId = customer.id;
  } else {
    customerId = otherId;
  }
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
  let laterId: string | undefined;
  const found = await ensureCustomer(organizationId);
  laterId = found.id;
  await prisma.integration.create({ data: { organizationId, customerId: laterId } }); // want "links a \"Customer\" by \"customerId\" alone"
  laterId = otherId;
  let calledId: string | undefined;
  calledId = found.id;
  ids.forEach((id) => {
    calledId = id;
  });
  await prisma.integration.create({ data: { organizationId, customerId: calledId } }); // want "links a \"Customer\" by \"customerId\" alone"
  // The callback's parameter is the caller's id, not the let; the let
  // itself only ever holds the helper's row's key.
  let boundId: string | undefined;
  boundId = found.id;
  await Promise.all(ids.map((boundId) => prisma.integration.create({ data: { organizationId, customerId: boundId } }))); // want "links a \"Customer\" by \"customerId\" alone"
  await prisma.integration.create({ data: { organizationId, customerId: boundId } });
}

// Helpers that do not pin the row to the tenant the caller passes.
export async function customerById(organizationId: string, id: string) {
  return prisma.customer.findFirstOrThrow({ where: { id } }); // want "findFirstOrThrow on tenant-scoped \"Customer\""
}

export async function upsertById(organizationId: string, id: string) {
  return prisma.customer.upsert({ where: { id }, update: {}, create: { organizationId } }); // want "upsert on tenant-scoped \"Customer\""
}

export async function customerOrCopy(organizationId: string) {
  const row = await prisma.customer.findFirst({ where: { organizationId } });
  return row ?? { id: organizationId };
}

export async function spreadWhere(organizationId: string, extra: object) {
  return prisma.customer.findFirstOrThrow({ where: { organizationId, ...extra } }); // want "a spread after"
}

export async function createWithLooseHelpers(organizationId: string, id: string, extra: object) {
  const byId = await customerById(organizationId, id);
  await prisma.integration.create({ data: { organizationId, customerId: byId.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  const upserted = await upsertById(organizationId, id);
  await prisma.integration.create({ data: { organizationId, customerId: upserted.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  const copied = await customerOrCopy(organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: copied.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  const spread = await spreadWhere(organizationId, extra);
  await prisma.integration.create({ data: { organizationId, customerId: spread.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  const other = await ensureCustomer(id || undefined);
  await prisma.integration.create({ data: { organizationId, customerId: other.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}
