import { prisma } from "./db";
import { assertCustomer } from "./customers";
import { assertCustomer as assertTwoHops } from "./customers/all";
import { assertCustomer as assertOther } from "./services";
import { assertCustomer as assertVendored } from "../vendor/lookup";
import { requireCustomer as assertOutside } from "../../links/src/verified-helpers";
import { CustomerService } from "./customers/lookup";
import { assertCustomer as assertFromBarrel } from "./barrels/one";
import { assertCustomer as assertAmbiguous } from "./barrels/two";
import { assertCustomer as assertOwn } from "./barrels/own";
import { assertCustomer as assertLooped } from "./barrels/loop/a";
import { assertCustomer as assertHidden } from "./barrels/hidden";
import { assertCustomer as assertDeep } from "./barrels/deep";
import { assertCustomer as assertUnread } from "./barrels/broken";
import { assertCustomer as assertOwnEscaped } from "./barrels/escaped";

// Through the folder's index, one re-export.
export async function renameReexported(organizationId: string, customerId: string) {
  await assertCustomer(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} });
}

// Two re-exports away.
export async function renameTwoHops(organizationId: string, customerId: string) {
  await assertTwoHops(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} });
}

// Through a barrel's `export * from` lines.
export async function renameFromBarrel(organizationId: string, customerId: string) {
  await assertFromBarrel(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} });
}

// A barrel two of whose modules export the name, one whose own export
// hides the checking one, and re-exports in a loop.
export async function renameAmbiguous(organizationId: string, customerId: string) {
  await assertAmbiguous(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

export async function renameOwn(organizationId: string, customerId: string) {
  await assertOwn(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

export async function renameLooped(organizationId: string, customerId: string) {
  await assertLooped(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

// A barrel one of whose modules exports the name in a way the index does
// not read, too deep, or in a file that does not parse: the name may be
// ambiguous.
export async function renameHidden(organizationId: string, customerId: string) {
  await assertHidden(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

export async function renameDeep(organizationId: string, customerId: string) {
  await assertDeep(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

export async function renameUnread(organizationId: string, customerId: string) {
  await assertUnread(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

export async function renameOwnEscaped(organizationId: string, customerId: string) {
  await assertOwnEscaped(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

// A re-export of another function under the checking one's name.
export async function renameOther(organizationId: string, customerId: string) {
  await assertOther(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

// A file the configuration excludes from judging: its helper is still
// read, and proves the row.
export async function renameVendored(organizationId: string, customerId: string) {
  await assertVendored(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} });
}

// A file outside the repository is never read.

export async function renameOutside(organizationId: string, customerId: string) {
  await assertOutside(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

// An instance method called on the class (which the compiler refuses):
// only a static method is read.
export async function renameInstanceMethod(organizationId: string, customerId: string) {
  // @ts-expect-error not static
  await CustomerService.verifyOwn(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}
