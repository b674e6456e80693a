import { prisma } from "./db";
import { assertCustomer } from "./customers";

// The checked id given another value, its name spelt with an escape.
export async function renameReassigned(organizationId: string, customerId: string, otherId: string) {
  await assertCustomer(organizationId, customerId);
  customerI\u0064 = otherId;
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

export async function renameChecked(organizationId: string, customerId: string) {
  await assertCustomer(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} });
}
