import { prisma } from "./db";

// Ids the body lists, counted against the tenant only when there are any
// (papermark's visitor groups): with none the map makes no rows.
export async function linkCounted(organizationId: string, body: { customerIds: string[] }) {
  if (body.customerIds?.length > 0) {
    const found = await prisma.customer.findMany({ where: { id: { in: body.customerIds }, organizationId } });
    if (found.length !== body.customerIds.length) {
      throw new Error("not found");
    }
  }
  await prisma.integration.createMany({ data: body.customerIds.map((customerId) => ({ organizationId, customerId })) });
}

// Counted in the same block, a list of rows.
export async function linkCountedRows(organizationId: string, body: { customers: { id: string }[] }) {
  const found = await prisma.customer.findMany({ where: { id: { in: body.customers.map((c) => c.id) }, organizationId } });
  if (found.length < body.customers.length) throw new Error("not found");
  await prisma.integration.createMany({ data: body.customers.map((c) => ({ organizationId, customerId: c.id })) });
}

// The guard is not a test for elements: the count may be skipped while
// the list has some.
export async function linkCountedWhenAsked(organizationId: string, body: { customerIds: string[]; check: boolean }) {
  if (body.check) {
    const found = await prisma.customer.findMany({ where: { id: { in: body.customerIds }, organizationId } });
    if (found.length !== body.customerIds.length) {
      throw new Error("not found");
    }
  }
  await prisma.integration.createMany({ data: body.customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// Looked up without the tenant.
export async function linkCountedAnywhere(organizationId: string, body: { customerIds: string[] }) {
  if (body.customerIds?.length > 0) {
    const found = await prisma.customer.findMany({ where: { id: { in: body.customerIds } } }); // want "findMany on tenant-scoped \"Customer\""
    if (found.length !== body.customerIds.length) {
      throw new Error("not found");
    }
  }
  await prisma.integration.createMany({ data: body.customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The count only logs.
export async function linkCountedLogged(organizationId: string, body: { customerIds: string[] }) {
  if (body.customerIds?.length > 0) {
    const found = await prisma.customer.findMany({ where: { id: { in: body.customerIds }, organizationId } });
    if (found.length !== body.customerIds.length) {
      console.warn("not found");
    }
  }
  await prisma.integration.createMany({ data: body.customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Another list mapped than the one counted, or the counted one changed.
export async function linkOtherList(organizationId: string, body: { customerIds: string[]; moreIds: string[] }) {
  if (body.customerIds?.length > 0) {
    const found = await prisma.customer.findMany({ where: { id: { in: body.customerIds }, organizationId } });
    if (found.length !== body.customerIds.length) {
      throw new Error("not found");
    }
  }
  await prisma.integration.createMany({ data: body.moreIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
  body.customerIds.push(...body.moreIds);
  await prisma.integration.createMany({ data: body.customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Counted against the set of the listed keys, when there are any
// (formbricks' workspace teams): one row per distinct key.
export async function linkCountedSet(organizationId: string, customerIds: string[] | undefined) {
  if (customerIds && customerIds.length > 0) {
    const unique = new Set(customerIds);
    const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
    if (found.length !== unique.size) throw new Error("not found");
  }
  if (customerIds) {
    await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) });
  }
}

// The set of another list.
export async function linkCountedOtherSet(organizationId: string, customerIds: string[], otherIds: string[]) {
  if (customerIds.length > 0) {
    const unique = new Set(otherIds);
    const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
    if (found.length !== unique.size) throw new Error("not found");
  }
  await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The set shrunk before the count.
export async function linkCountedShrunkSet(organizationId: string, customerIds: string[]) {
  const unique = new Set(customerIds);
  unique.delete(customerIds[0]);
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== unique.size) throw new Error("not found");
  await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The list grown after the set was built: the new key is not counted.
export async function linkCountedGrownList(organizationId: string, customerIds: string[], extra: string) {
  const unique = new Set(customerIds);
  customerIds.push(extra);
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== unique.size) throw new Error("not found");
  await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The count's exit caught inside the guard: the write runs anyway.
export async function linkCountedCaught(organizationId: string, customerIds: string[]) {
  if (customerIds.length > 0) {
    try {
      const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
      if (found.length !== customerIds.length) throw new Error("not found");
    } catch (error) {
      console.warn(error);
    }
  }
  await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}
