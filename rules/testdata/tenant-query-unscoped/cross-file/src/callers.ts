import { prisma } from "./db";
import { findCustomer, getCustomerOrThrow, getCustomerById, firstCustomer, CustomerService } from "./customers/lookup";
import { assertCustomer, findCustomerInOrganization, assertAuditedCustomer } from "./customers/lookup.js";
import checkedCustomer from "./customers/lookup";

// A row of another file's function compared with the tenant before the
// write: a stored Customer of the tenant.
export async function linkCompared(organizationId: string, customerId: string) {
  const customer = await findCustomer(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

// Compared with nothing, or only after the write.
export async function linkUncompared(organizationId: string, customerId: string) {
  const customer = await findCustomer(customerId);
  if (!customer) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkComparedLate(organizationId: string, customerId: string) {
  const customer = await findCustomer(customerId);
  await prisma.integration.create({ data: { organizationId, customerId: customer!.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
}

// A helper that compares the row with the tenant it is passed.
export async function linkChecked(organizationId: string, customerId: string) {
  const customer = await getCustomerOrThrow(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

// One that finds by id alone and takes the tenant for nothing.
export async function linkFoundById(organizationId: string, customerId: string) {
  const customer = await getCustomerById(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// A helper that finds by id and tenant and throws, awaited before a write
// by that id (imported with the .js name of its .ts source).
export async function renameAsserted(organizationId: string, customerId: string) {
  await assertCustomer(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} });
}

// One that returns null instead of throwing.
export async function renameFoundInOrganization(organizationId: string, customerId: string) {
  await findCustomerInOrganization(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

// One that first calls a function it imports.
export async function renameAudited(organizationId: string, customerId: string) {
  await assertAuditedCustomer(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

// A static method of an imported class.
export async function renameVerified(organizationId: string, customerId: string) {
  await CustomerService.verify(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} });
}

// A row of the tenant's own, from a helper that finds by the tenant.
export async function linkFirst(organizationId: string) {
  const customer = await firstCustomer(organizationId);
  if (!customer) throw new Error("none yet");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

// The default import is the file's default export, which checks nothing,
// whatever its local name.
export async function linkDefault(organizationId: string, customerId: string) {
  const customer = await checkedCustomer(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}
