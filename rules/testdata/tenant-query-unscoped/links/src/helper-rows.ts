import { prisma } from "./db";
import { loadCustomer } from "./elsewhere";

// A function of this file that returns a Customer row or nothing.
async function findCustomer(id: string) {
  return prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\""
}

// One that creates it, or gives nothing when the create fails.
async function makeCustomer(organizationId: string, id: string) {
  try {
    const created = await prisma.customer.create({ data: { id, organizationId } });
    return created;
  } catch {
    return;
  }
}

// A row of that function compared with the tenant before the writes
// (inbox-zero's chat route): the row is a stored Customer of the tenant.
export async function linkHelperRow(organizationId: string, customerId: string, id: string) {
  const customer = await findCustomer(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
  await prisma.customer.update({ where: { id: customer.id }, data: {} });
}

// Either function's row, then compared.
export async function linkChosenHelperRow(organizationId: string, customerId: string) {
  const customer = (await findCustomer(customerId)) || (await makeCustomer(organizationId, customerId));
  if (!customer) return;
  if (customer.organizationId !== organizationId) return;
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

// Not compared: any organization's Customer.
export async function linkUncomparedHelperRow(organizationId: string, customerId: string) {
  const customer = await findCustomer(customerId);
  if (!customer) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Compared only after the write, or only logged.
export async function linkLateComparedHelperRow(organizationId: string, customerId: string) {
  const customer = await findCustomer(customerId);
  if (!customer) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  if (customer.organizationId !== organizationId) throw new Error("not found");
}

export async function linkLoggedHelperRow(organizationId: string, customerId: string) {
  const customer = await findCustomer(customerId);
  if (customer?.organizationId !== organizationId) console.warn("other organization");
  await prisma.integration.create({ data: { organizationId, customerId: customer!.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Compared with a literal: an orphan test, no tenant.
export async function linkLiteralComparedHelperRow(organizationId: string, customerId: string) {
  const customer = await findCustomer(customerId);
  if (!customer || customer.organizationId === null) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// A function of another file: what it returns cannot be read.
export async function linkImportedRow(organizationId: string, customerId: string) {
  const customer = await loadCustomer(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// A function that may return a row of another model, or an object it
// built: its organizationId is no stored Customer's.
async function findCustomerOrMedia(id: string, media: boolean) {
  if (media) return prisma.media.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Media\""
  return prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\""
}

async function describeCustomer(id: string, organizationId: string) {
  return { id, organizationId };
}

export async function linkOtherModelRow(organizationId: string, customerId: string) {
  const customer = await findCustomerOrMedia(customerId, true);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  const built = await describeCustomer(customerId, organizationId);
  if (built.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: built.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The name bound twice in the file: which function is called is not read.
export async function linkShadowedHelperRow(organizationId: string, customerId: string, makeRow: (id: string) => Promise<{ id: string; organizationId: string }>) {
  const customer = await makeRow(customerId);
  if (customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

async function makeRow(id: string) {
  return prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\""
}

// A function of this file that compares the row's tenant with the one it
// is given and throws otherwise, handed the caller's tenant.
async function getCustomerOf(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  return customer;
}

export async function linkCheckedHelperRow(organizationId: string, customerId: string) {
  const customer = await getCustomerOf(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

// Handed a literal, not the tenant.
export async function linkOtherValueHelperRow(organizationId: string, customerId: string) {
  const customer = await getCustomerOf(customerId, "org_1");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Compares with something else than a parameter, returns before
// comparing, or compares only in one branch.
async function getCustomerNamed(id: string, name: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== name.slice(1)) throw new Error("not found");
  return customer;
}

async function getCustomerEarly(id: string, organizationId: string, quick: boolean) {
  const customer = await prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\" does not filter by the tenant"
  if (quick) return customer;
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  return customer;
}

async function getCustomerBranch(id: string, organizationId: string, strict: boolean) {
  const customer = await prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\" does not filter by the tenant"
  if (strict) {
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  }
  return customer;
}

async function getCustomerRewritten(id: string, organizationId: string, otherId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  customer.id = otherId;
  return customer;
}

export async function linkWeakHelperRows(organizationId: string, customerId: string, otherId: string) {
  const named = await getCustomerNamed(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: named.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  const early = await getCustomerEarly(customerId, organizationId, true);
  await prisma.integration.create({ data: { organizationId, customerId: early!.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  const branch = await getCustomerBranch(customerId, organizationId, false);
  await prisma.integration.create({ data: { organizationId, customerId: branch!.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  const rewritten = await getCustomerRewritten(customerId, organizationId, otherId);
  await prisma.integration.create({ data: { organizationId, customerId: rewritten.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}
