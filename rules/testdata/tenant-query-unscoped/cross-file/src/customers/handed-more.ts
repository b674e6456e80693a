import { prisma } from "../db";
import legacy = require("../audit");
import auditDefault from "../audit";
import { audit } from "../audit";

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
