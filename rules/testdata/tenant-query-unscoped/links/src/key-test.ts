import { prisma } from "./db";

// The key is checked only when it is given: unset, it links no row
// (documenso's organisation settings).
export async function updateWithTestedKey(organizationId: string, id: string, input: { customerId?: string }) {
  const { customerId } = input;
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  await prisma.integration.update({ where: { id, organizationId }, data: { customerId } });
}

// The lookup's result is never tested: any organization's Customer.
export async function updateWithUntestedKey(organizationId: string, id: string, input: { customerId?: string }) {
  const { customerId } = input;
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    console.log(customer);
  }
  await prisma.integration.update({ where: { id, organizationId }, data: { customerId } }); // want "update on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// The test is of another name: the lookup may not run with a key given.
export async function updateUnderOtherTest(organizationId: string, id: string, check: boolean, input: { customerId?: string }) {
  const { customerId } = input;
  if (check) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  await prisma.integration.update({ where: { id, organizationId }, data: { customerId } }); // want "update on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// An else runs only without a key.
export async function updateWithElse(organizationId: string, id: string, input: { customerId?: string }) {
  const { customerId } = input;
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    if (!customer) throw new Error("not found");
  } else {
    console.log("none");
  }
  await prisma.integration.update({ where: { id, organizationId }, data: { customerId } });
}

// A key the function may change after the test.
export async function updateWithLetKey(organizationId: string, id: string, input: { customerId?: string }, other: string) {
  let { customerId } = input;
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  customerId = customerId ?? other;
  await prisma.integration.update({ where: { id, organizationId }, data: { customerId } }); // want "update on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// Looked up under the test, but without the tenant.
export async function updateWithUnscopedTestedKey(organizationId: string, id: string, input: { customerId?: string }) {
  const { customerId } = input;
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId } }); // want "findFirst on tenant-scoped \"Customer\""
    if (!customer) throw new Error("not found");
  }
  await prisma.integration.update({ where: { id, organizationId }, data: { customerId } }); // want "update on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}
