import { prisma } from "./db";

type Row = { name: string; customerId: string };

// The ids taken from the very rows written, deduplicated, looked up with
// the tenant and counted: every row's key is one of them (Shelf's
// booking notes).
export async function setOfKeys(organizationId: string, rows: Row[]) {
  const customerIds = [...new Set(rows.map((r) => r.customerId))];
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== customerIds.length) throw new Error("not found");
  await prisma.integration.createMany({
    data: rows.map((row) => ({ organizationId, customerId: row.customerId })),
  });
}

// Without the set: duplicates only make the count differ.
export async function mappedKeys(organizationId: string, rows: Row[]) {
  const plain = rows.map((r) => r.customerId);
  const all = await prisma.customer.findMany({ where: { id: { in: plain }, organizationId } });
  if (all.length !== plain.length) throw new Error("not found");
  await prisma.integration.createMany({
    data: rows.map((row) => ({ organizationId, customerId: row.customerId })),
  });
}

// The count is never compared with the ids'.
export async function notCounted(organizationId: string, rows: Row[]) {
  const customerIds = [...new Set(rows.map((r) => r.customerId))];
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length === 0) throw new Error("not found");
  await prisma.integration.createMany({
    data: rows.map((row) => ({ organizationId, customerId: row.customerId })), // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  });
}

// The ids are taken from another list than the rows written.
export async function otherList(organizationId: string, rows: Row[], others: Row[]) {
  const customerIds = [...new Set(others.map((r) => r.customerId))];
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== customerIds.length) throw new Error("not found");
  await prisma.integration.createMany({
    data: rows.map((row) => ({ organizationId, customerId: row.customerId })), // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  });
}

// The ids are another field of the rows.
type Pair = { ownerId: string; customerId: string };
export async function otherField(organizationId: string, rows: Pair[]) {
  const customerIds = [...new Set(rows.map((r) => r.ownerId))];
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== customerIds.length) throw new Error("not found");
  await prisma.integration.createMany({
    data: rows.map((row) => ({ organizationId, customerId: row.customerId })), // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  });
}

// The lookup leaves out the tenant.
export async function noTenant(organizationId: string, rows: Row[]) {
  const customerIds = [...new Set(rows.map((r) => r.customerId))];
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds } } }); // want "findMany on tenant-scoped \"Customer\""
  if (found.length !== customerIds.length) throw new Error("not found");
  await prisma.integration.createMany({
    data: rows.map((row) => ({ organizationId, customerId: row.customerId })), // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  });
}

// A row's key is changed after the count, or a row added.
export async function keyChanged(organizationId: string, rows: Row[], next: string) {
  const customerIds = [...new Set(rows.map((r) => r.customerId))];
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== customerIds.length) throw new Error("not found");
  rows[0].customerId = next;
  await prisma.integration.createMany({
    data: rows.map((row) => ({ organizationId, customerId: row.customerId })), // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  });
}

export async function rowAdded(organizationId: string, rows: Row[], extra: Row) {
  const customerIds = [...new Set(rows.map((r) => r.customerId))];
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== customerIds.length) throw new Error("not found");
  rows.push(extra);
  await prisma.integration.createMany({
    data: rows.map((row) => ({ organizationId, customerId: row.customerId })), // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  });
}

// Array.from of the set reads the same.
export async function arrayFrom(organizationId: string, rows: Row[]) {
  const customerIds = Array.from(new Set(rows.map((r) => r.customerId)));
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (customerIds.length != found.length) throw new Error("not found");
  await prisma.integration.createMany({
    data: rows.map((row) => ({ organizationId, customerId: row.customerId })),
  });
}
