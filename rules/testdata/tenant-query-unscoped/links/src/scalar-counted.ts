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
