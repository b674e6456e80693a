import { prisma } from "./db";

declare function trim(ids: string[]): void;
declare function keep(held: any): void;

type Row = { name: string; customerId: string };

// Counted, then linked: nothing changes the list in between.
export async function setCounted(organizationId: string, integrationId: string, tagIds: string[]) {
  const owned = await prisma.tag.findMany({ where: { id: { in: tagIds }, organizationId }, select: { id: true } });
  if (owned.length !== tagIds.length) throw new Error("not found");
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { set: tagIds.map((id) => ({ id })) } } });
}

// Another organization's tag among the looked up ones, the first tag
// shifted off before the count: as many tags are left as rows found.
export async function setShiftedBeforeCount(organizationId: string, integrationId: string, tagIds: string[]) {
  const owned = await prisma.tag.findMany({ where: { id: { in: tagIds }, organizationId }, select: { id: true } });
  tagIds.shift();
  if (owned.length !== tagIds.length) throw new Error("not found");
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { set: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
}

// The list handed to a function that may change it after the count.
export async function setHandedAfterCount(organizationId: string, integrationId: string, tagIds: string[]) {
  const owned = await prisma.tag.findMany({ where: { id: { in: tagIds }, organizationId }, select: { id: true } });
  if (owned.length !== tagIds.length) throw new Error("not found");
  trim(tagIds);
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { tags: { set: tagIds.map((id) => ({ id })) } } }); // want "links a \"Tag\" by \\{ id \\} alone"
}

// Counted against the set of the listed keys: nothing changes the list.
export async function linkCountedSet(organizationId: string, customerIds: string[]) {
  const unique = new Set(customerIds);
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== unique.size) throw new Error("not found");
  await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) });
}

// The list handed to a function after the set was built.
export async function linkSetHanded(organizationId: string, customerIds: string[]) {
  const unique = new Set(customerIds);
  trim(customerIds);
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== unique.size) throw new Error("not found");
  await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The ids of the rows written, counted: nothing changes the rows.
export async function setOfKeys(organizationId: string, rows: Row[]) {
  const customerIds = [...new Set(rows.map((r) => r.customerId))];
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== customerIds.length) throw new Error("not found");
  await prisma.integration.createMany({ data: rows.map((row) => ({ organizationId, customerId: row.customerId })) });
}

// The ids shifted before the count: another organization's id among them
// leaves as many ids as rows found.
export async function setOfKeysShifted(organizationId: string, rows: Row[]) {
  const customerIds = [...new Set(rows.map((r) => r.customerId))];
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  customerIds.shift();
  if (found.length !== customerIds.length) throw new Error("not found");
  await prisma.integration.createMany({ data: rows.map((row) => ({ organizationId, customerId: row.customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The set handed on inside an object after the count: whatever it holds
// then is not what was counted.
export async function linkSetHandedInObject(organizationId: string, customerIds: string[]) {
  const unique = new Set(customerIds);
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== unique.size) throw new Error("not found");
  keep({ seen: unique });
  await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Another name for the set, added to after the count.
export async function linkSetAliasedAdded(organizationId: string, customerIds: string[]) {
  const unique = new Set(customerIds);
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== unique.size) throw new Error("not found");
  const same = unique;
  same.add("other");
  await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Only the set's size read after the count.
export async function linkSetSizeRead(organizationId: string, customerIds: string[]) {
  const unique = new Set(customerIds);
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== unique.size) throw new Error("not found");
  keep({ count: unique.size });
  await prisma.integration.createMany({ data: customerIds.map((customerId) => ({ organizationId, customerId })) });
}
