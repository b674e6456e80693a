import { prisma } from "../db";
import { Audit, auditing } from "../audit";

// Helpers that check as lookup.ts's do, then hand the row or the id to
// code of a module the rule cannot read, by a constructor or by a method
// two names deep: that code may change the row's id, keep the row and
// change it later, or hand back another, so none proves anything.

export async function getCustomerConstructed(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  new Audit(customer);
  return customer;
}

export async function getCustomerDeep(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  auditing.deep.record(customer);
  return customer;
}

export const assertCustomerConstructed = async (organizationId: string, id: string) => {
  const customer = await prisma.customer.findFirst({ where: { id, organizationId } });
  if (!customer) throw new Error("not found");
  new Audit(customer);
  return customer;
};

export const assertCustomerDeep = async (organizationId: string, id: string) => {
  const customer = await prisma.customer.findFirst({ where: { id, organizationId } });
  if (!customer) throw new Error("not found");
  auditing.deep.record(customer);
  return customer;
};

export async function firstCustomerDeep(organizationId: string) {
  const customer = await prisma.customer.findFirst({ where: { organizationId } });
  auditing.deep.record(customer);
  return customer;
}

export class HandingService {
  static async verify(organizationId: string, id: string) {
    const customer = await prisma.customer.findFirst({ where: { id, organizationId } });
    if (!customer) throw new Error("not found");
    auditing.deep.record(customer);
    return customer;
  }
}
