import { prisma } from "./db";
import { CustomerService } from "./customers";

// The id a helper looked its row up by, the row's tenant compared: the id
// is the row's own.

export async function removeCached(organizationId: string, customerId: string) {
  const customer = await CustomerService.id(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } });
}

export async function linkCachedKey(organizationId: string, customerId: string) {
  const customer = await CustomerService.id(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId } });
}

// Not compared.
export async function removeUncompared(organizationId: string, customerId: string) {
  const customer = await CustomerService.id(customerId);
  if (!customer) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

// The helper looked up by the other id it was passed.
export async function removeByOther(organizationId: string, customerId: string, otherId: string) {
  const customer = await CustomerService.byOther(customerId, otherId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

// The id is given another value after the comparison.
export async function removeReplaced(organizationId: string, customerId: string, otherId: string) {
  const customer = await CustomerService.id(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  customerId = otherId;
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

// A helper of the file, read the same way.
async function findCustomer(id: string) {
  return prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\""
}

export async function linkLocalKey(organizationId: string, customerId: string) {
  const customer = await findCustomer(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId } });
}

// A helper of the file that looks up the first row, whatever the id.
async function firstCustomer(id: string) {
  return prisma.customer.findFirst({ where: {} }); // want "findFirst on tenant-scoped \"Customer\""
}

export async function linkFirstKey(organizationId: string, customerId: string) {
  const customer = await firstCustomer(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// A helper that compares the tenant itself and gives nothing on a
// mismatch: the row is tested, then the id is the tenant's row's.
async function getCustomer(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) return null;
  return customer;
}

export async function removeTested(organizationId: string, customerId: string) {
  const customer = await getCustomer(customerId, organizationId);
  if (!customer) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } });
}

// Nothing tested: another tenant's id gives null, and the delete runs.
export async function removeUntested(organizationId: string, customerId: string) {
  const customer = await getCustomer(customerId, organizationId);
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
  return customer;
}

// A let the write gives the updated row, as plunk's controllers do; the
// id stays the compared row's, in a callback too.
export async function renameHeld(organizationId: string, customerId: string, names: string[]) {
  let customer = await CustomerService.id(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  customer = await prisma.customer.update({ where: { id: customerId }, data: {} });
  await Promise.all(names.map(async () => prisma.customer.update({ where: { id: customerId }, data: {} })));
  return customer;
}

// The let is given another row before the comparison, which then reads
// that row.
export async function renameHeldReplaced(organizationId: string, customerId: string, otherId: string) {
  let customer = await CustomerService.id(customerId);
  customer = await CustomerService.id(otherId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

// The key builder's arguments: reported when it may be given an object.

export async function removeKeyObject(organizationId: string, customerId: string) {
  const customer = await CustomerService.keyObject(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

export async function removeKeySpread(organizationId: string, customerId: string) {
  const customer = await CustomerService.keySpread(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

export async function removeKeyTemplateObject(organizationId: string, customerId: string) {
  const customer = await CustomerService.keyTemplateObject(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

export async function removeKeyConstructed(organizationId: string, customerId: string) {
  const customer = await CustomerService.keyConstructed(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

export async function removeKeyHandedKeys(organizationId: string, customerId: string) {
  const customer = await CustomerService.keyHandedKeys(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

export async function removeKeyOr(organizationId: string, customerId: string) {
  const customer = await CustomerService.keyOr(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

export async function removeKeyTemplate(organizationId: string, customerId: string) {
  const customer = await CustomerService.keyTemplate(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } });
}

export async function removeKeyCast(organizationId: string, customerId: string) {
  const customer = await CustomerService.keyCast(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } });
}

export async function removeKeyLiteral(organizationId: string, customerId: string) {
  const customer = await CustomerService.keyLiteral(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } });
}

export async function removeKeyOptional(organizationId: string, customerId: string) {
  const customer = await CustomerService.keyOptional(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } });
}

export async function removeKeyShallow(organizationId: string, customerId: string) {
  const customer = await CustomerService.keyShallow(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } });
}

export async function removeKeyInWhere(organizationId: string, customerId: string) {
  const customer = await CustomerService.keyInWhere(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

export async function removeKeySeen(organizationId: string, customerId: string) {
  const customer = await CustomerService.keySeen(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}
