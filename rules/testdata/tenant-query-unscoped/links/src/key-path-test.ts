import { prisma } from "./db";

// The key is a property of the input, checked only when it is given
// (briefer's createDocument): unset, it links no row.
export async function createWithTestedPath(organizationId: string, data: { id: string; customerId?: string }) {
  if (data.customerId) {
    const customer = await prisma.customer.findUnique({ where: { id: data.customerId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  await prisma.integration.create({ data: { id: data.id, organizationId, customerId: data.customerId } });
}

// The lookup's result is never tested: any organization's Customer.
export async function createWithUntestedPath(organizationId: string, data: { id: string; customerId?: string }) {
  if (data.customerId) {
    const customer = await prisma.customer.findUnique({ where: { id: data.customerId, organizationId } });
    console.log(customer);
  }
  await prisma.integration.create({ data: { id: data.id, organizationId, customerId: data.customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// The test is of another property: the lookup may not run with a key given.
export async function createUnderOtherPath(organizationId: string, data: { id: string; check?: string; customerId?: string }) {
  if (data.check) {
    const customer = await prisma.customer.findUnique({ where: { id: data.customerId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  await prisma.integration.create({ data: { id: data.id, organizationId, customerId: data.customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// The property is set again after the test.
export async function createWithChangedPath(organizationId: string, data: { id: string; customerId?: string }, other: string) {
  if (data.customerId) {
    const customer = await prisma.customer.findUnique({ where: { id: data.customerId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  data.customerId = other;
  await prisma.integration.create({ data: { id: data.id, organizationId, customerId: data.customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// The object is replaced after the test.
export async function createWithReplacedRoot(organizationId: string, input: { id: string; customerId?: string }, other: { id: string; customerId?: string }) {
  let data = input;
  if (data.customerId) {
    const customer = await prisma.customer.findUnique({ where: { id: data.customerId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  data = other;
  await prisma.integration.create({ data: { id: data.id, organizationId, customerId: data.customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// Looked up under the test, but without the tenant.
export async function createWithUnscopedPath(organizationId: string, data: { id: string; customerId?: string }) {
  if (data.customerId) {
    const customer = await prisma.customer.findUnique({ where: { id: data.customerId } }); // want "findUnique on tenant-scoped \"Customer\""
    if (!customer) throw new Error("not found");
  }
  await prisma.integration.create({ data: { id: data.id, organizationId, customerId: data.customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// The write gives another object's property than the one tested.
export async function createWithOtherObject(organizationId: string, data: { id: string; customerId?: string }, input: { customerId?: string }) {
  if (data.customerId) {
    const customer = await prisma.customer.findUnique({ where: { id: data.customerId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  await prisma.integration.create({ data: { id: data.id, organizationId, customerId: input.customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// A call is handed the object after the test and may change the key.
export async function createAfterHandingOut(organizationId: string, data: { id: string; customerId?: string }, refresh: (d: { customerId?: string }) => Promise<void>) {
  if (data.customerId) {
    const customer = await prisma.customer.findUnique({ where: { id: data.customerId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  await refresh(data);
  await prisma.integration.create({ data: { id: data.id, organizationId, customerId: data.customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}
