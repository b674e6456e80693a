import { prisma } from "./db";
import { getCustomerOrThrow } from "@acme/docs/lookup";
import { getCustomerOrThrow as typed } from "@acme/docs/typed";
import { getCustomerOrThrow as ordered } from "@acme/docs/ordered";
import { getCustomerOrThrow as starred } from "@acme/docs/helpers/lookup";
import { getCustomerOrThrow as unexported } from "@acme/docs/src/lookup";
import { getCustomerOrThrow as mapped } from "@acme/mapped/lookup";
import { getCustomerOrThrow as built } from "@acme/built/lookup";
import { getCustomerOrThrow as entry } from "@acme/entry";
import { getCustomerOrThrow as entryRev } from "@acme/entry-rev";
import { getCustomerOrThrow as dup } from "@acme/dup";
import { getCustomerOrThrow as hidden } from "@acme/hidden";

// A workspace package's export, every condition naming the checking helper.
export async function linkExported(organizationId: string, customerId: string) {
  const customer = await getCustomerOrThrow(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

// The config extends a package's, which says moduleResolution bundler:
// "types" is the first of the object's conditions TypeScript applies.
export async function linkTyped(organizationId: string, customerId: string) {
  const customer = await typed(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

// The object's order decides, not a fixed one: "import" comes first, and
// names the helper that checks nothing.
export async function linkOrdered(organizationId: string, customerId: string) {
  const customer = await ordered(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// A starred export.
export async function linkStarred(organizationId: string, customerId: string) {
  const customer = await starred(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

// A subpath the package does not export: TypeScript refuses it.
export async function linkUnexported(organizationId: string, customerId: string) {
  const customer = await unexported(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Exported from dist/, which the package's tsconfig builds from src/.
export async function linkMapped(organizationId: string, customerId: string) {
  const customer = await mapped(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

// Exported from dist/, with no rootDir saying where its source is.
export async function linkBuilt(organizationId: string, customerId: string) {
  const customer = await built(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// No exports: "types" before "main".
export async function linkEntry(organizationId: string, customerId: string) {
  const customer = await entry(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

export async function linkEntryRev(organizationId: string, customerId: string) {
  const customer = await entryRev(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Two folders declare the name: which one is linked is not known.
export async function linkDuplicated(organizationId: string, customerId: string) {
  const customer = await dup(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// An installed package, not the repository's code.
export async function linkInstalled(organizationId: string, customerId: string) {
  const customer = await hidden(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}
