import { prisma } from "./db";
import { auditing, audit, HttpError, Forbidden } from "./audit";

// Helpers that check the row's tenant as a plain lookup does, then reach
// code of a module the rule cannot read in a way an exemption lets pass.

// Thrown errors.

// The error made by the import is thrown by a function of the helper,
// caught, and handed the row.
export async function getCustomerThrownInArrow(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  const fail = () => {
    throw new HttpError("audit");
  };
  try {
    fail();
  } catch (e: any) {
    e.record(customer);
  }
  return customer;
}

function failing() {
  throw new HttpError("audit");
}

// The same through a function of the file.
export async function getCustomerThrownInFile(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  try {
    failing();
  } catch (e: any) {
    e.record(customer);
  }
  return customer;
}

// Caught by a promise's catch.
export async function getCustomerThrownInPromise(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  const e: any = await (async () => {
    throw new HttpError("audit");
  })().catch((err) => err);
  e.record(customer);
  return customer;
}

// Twins: an error of the import thrown and never caught, next to a catch
// that reads no error: quiet.
export async function getCustomerThrownUncaught(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Forbidden();
  return customer;
}

export async function getCustomerThrownBesideCatch(id: string, organizationId: string, raw: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Forbidden();
  try {
    JSON.parse(raw);
  } catch (e) {
    console.log("unparsed");
  }
  return customer;
}

// Handed a field of the row, which may be reached through: reported.
export async function getCustomerThrownWithField(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\""
  if (!customer || customer.organizationId !== organizationId) throw new HttpError(customer?.id);
  return customer;
}

// Row fields handed to functions of the file.

function note(value: unknown) {
  auditing.deep.record(value);
}

// Twin: a JSON field handed on after the check, which reads scalars: quiet.
export async function getCustomerNotedMeta(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  note(customer.meta);
  return customer;
}

// The related organization handed on before the check that reads it.
export async function getCustomerNotedRelation(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id }, include: { organization: true } }); // want "findUnique on tenant-scoped \"Customer\""
  if (!customer) throw new Error("not found");
  note(customer.organization);
  if (customer.organization.id !== organizationId) throw new Error("not found");
  return customer;
}

// The JSON field handed on, then read back as the id the helper returns.
export async function getCustomerNotedMetaId(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  note(customer.meta);
  return (customer.meta as any).customer;
}

// The row handed out through a closure put in the file's exported
// object, which the import may call once it is handed a field.
export const registry: any = {};

export async function getCustomerNotedGetter(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  registry.current = () => {
    return customer;
  };
  note(customer.id);
  return customer;
}
