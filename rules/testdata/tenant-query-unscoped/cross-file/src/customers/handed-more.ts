import { prisma } from "../db";
import legacy = require("../audit");
import auditDefault from "../audit";
import { audit, auditing } from "../audit";

// More ways a checked helper reaches unread code before it returns its
// row: an import-equals require, a default import's method two names
// deep, a static field holding an import called through this, and the
// global object.

export async function getCustomerImportEquals(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  legacy.deep.record(customer);
  return customer;
}

export async function getCustomerDefaultDeep(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  auditDefault.deep.record(customer);
  return customer;
}

export class FieldService {
  static log = audit;

  static async verify(id: string, organizationId: string) {
    const customer = await prisma.customer.findUnique({ where: { id } });
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
    this.log(customer);
    return customer;
  }
}

export async function getCustomerGlobal(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  (globalThis as any).audit(customer);
  return customer;
}

class LocalAudit {
  constructor(row: unknown) {
    auditing.deep.record(row);
  }
}

// A member by a name held in a const.
export async function getCustomerComputed(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  const k = "deep";
  (auditing as any)[k].record(customer);
  return customer;
}

// A constructor two names deep.
export async function getCustomerDeepConstructed(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  new auditing.deep.Audit(customer);
  return customer;
}

// A class of the file whose constructor calls the import.
export async function getCustomerLocalClass(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  new LocalAudit(customer);
  return customer;
}

// An arrow of the helper that calls the import.
export async function getCustomerNested(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  const later = () => auditing.deep.record(customer);
  later();
  return customer;
}

// Direct eval, which sees the helper's names and the import's.
export async function getCustomerEvaluated(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  eval("auditing.deep.record(customer)");
  return customer;
}

// A function made from text.
export async function getCustomerNewFunction(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  new Function("c", "globalThis.audit(c)")(customer);
  return customer;
}
