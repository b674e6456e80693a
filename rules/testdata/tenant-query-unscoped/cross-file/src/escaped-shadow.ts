import { prisma } from "./db";
import { assertCustomer } from "./customers";

// A local spelt with an escape hides the import: the call checks nothing.
export async function renameShadowed(organizationId: string, customerId: string) {
  const assert\u0043ustomer = async (o: string, c: string) => {};
  await assertCustomer(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}
