import { prisma } from "./db";

// Ids checked against a Set of the tenant's rows only when there are any
// (papermark's dataroom tags, in a transaction): with none the map makes
// no rows.
export async function linkGuardedSet(organizationId: string, customerIds: string[]) {
  await prisma.$transaction(async (tx) => {
    if (customerIds.length > 0) {
      const valid = await tx.customer.findMany({ where: { id: { in: customerIds }, organizationId }, select: { id: true } });
      const known = new Set(valid.map((c) => c.id));
      const unknown = customerIds.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        throw new Error("invalid");
      }
    }
    if (customerIds.length > 0) {
      await tx.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) });
    }
  });
}

// The guard is not a test for elements: the check may be skipped while
// the list has some.
export async function linkSetWhenAsked(organizationId: string, customerIds: string[], check: boolean) {
  if (check) {
    const valid = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId }, select: { id: true } });
    const known = new Set(valid.map((c) => c.id));
    const unknown = customerIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new Error("invalid");
  }
  await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The check only logs, or the set holds rows found without the tenant.
export async function linkSetLogged(organizationId: string, customerIds: string[]) {
  if (customerIds.length > 0) {
    const valid = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId }, select: { id: true } });
    const known = new Set(valid.map((c) => c.id));
    const unknown = customerIds.filter((id) => !known.has(id));
    if (unknown.length > 0) console.warn("invalid");
  }
  await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkSetAnywhere(organizationId: string, customerIds: string[]) {
  if (customerIds.length > 0) {
    const valid = await prisma.customer.findMany({ where: { id: { in: customerIds } }, select: { id: true } }); // want "findMany on tenant-scoped \"Customer\""
    const known = new Set(valid.map((c) => c.id));
    const unknown = customerIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new Error("invalid");
  }
  await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The list grows after the check.
export async function linkSetGrown(organizationId: string, customerIds: string[], more: string[]) {
  if (customerIds.length > 0) {
    const valid = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId }, select: { id: true } });
    const known = new Set(valid.map((c) => c.id));
    const unknown = customerIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new Error("invalid");
  }
  customerIds.push(...more);
  await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The list destructured from the body: the check is read inside the if's
// body.
export async function linkGuardedSetFromBody(organizationId: string, body: { customerIds: string[] }) {
  const { customerIds } = body;
  if (customerIds.length > 0) {
    const valid = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId }, select: { id: true } });
    const known = new Set(valid.map((c) => c.id));
    const unknown = customerIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new Error("invalid");
  }
  await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) });
}

// Destructured, and another list filtered in the guard's body.
export async function linkSetOtherList(organizationId: string, body: { customerIds: string[] }, other: { ids: string[] }) {
  const { customerIds } = body;
  if (customerIds.length > 0) {
    const valid = await prisma.customer.findMany({ where: { id: { in: other.ids }, organizationId }, select: { id: true } });
    const known = new Set(valid.map((c) => c.id));
    const unknown = other.ids.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new Error("invalid");
  }
  await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

declare function widenIds(ids: string[]): void;

// The list handed to a call after the check: it may add another
// organization's id.
export async function linkGuardedSetHanded(organizationId: string, customerIds: string[]) {
  if (customerIds.length > 0) {
    const valid = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId }, select: { id: true } });
    const known = new Set(valid.map((c) => c.id));
    const unknown = customerIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new Error("invalid");
  }
  widenIds(customerIds);
  await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The list handed on inside an object after the check.
export async function linkGuardedSetHandedInObject(organizationId: string, customerIds: string[]) {
  if (customerIds.length > 0) {
    const valid = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId }, select: { id: true } });
    const known = new Set(valid.map((c) => c.id));
    const unknown = customerIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new Error("invalid");
  }
  widenIds({ customerIds } as any);
  await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}
