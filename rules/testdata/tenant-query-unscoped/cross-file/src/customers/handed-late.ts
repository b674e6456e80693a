import { prisma } from "../db";
import { makeAuditor } from "../audit";

// An object an import makes, put in a top-level let by another function
// of the file: what the let holds when the helper runs is unread code.
let lateAuditor: any;

export function initAuditing() {
  lateAuditor = makeAuditor();
}

export async function getCustomerLate(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  lateAuditor.record(customer);
  return customer;
}

// A top-level let never given another value holds what it was declared
// with: a plain object of the file, whose method runs nothing unread.
let counter = { seen(row: unknown) { return row !== null; } };

export async function getCustomerCounted(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  counter.seen(customer);
  return customer;
}
