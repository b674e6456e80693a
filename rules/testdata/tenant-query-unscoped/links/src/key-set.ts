import { prisma } from "./db";

type Row = { name: string; customerId: string };

declare function widen(held: any): void;

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

// The ids mapped in the where itself, under a test that the list has
// any, counted against the list; the rows written a let given only a
// filter of the list after the count, in a transaction (Shelf's
// placements).
export async function filteredLetOfCounted(organizationId: string, rows: Row[], known: Set<string>) {
  if (rows.length > 0) {
    const found = await prisma.customer.findMany({ where: { id: { in: rows.map((r) => r.customerId) }, organizationId } });
    if (found.length !== rows.length) throw new Error("not found");
  }
  let toCreate: Row[] = [];
  await prisma.$transaction(async (tx: any) => {
    toCreate = rows.filter((r) => !known.has(r.customerId));
    if (toCreate.length > 0) {
      await tx.integration.createMany({ data: toCreate.map((row) => ({ organizationId, customerId: row.customerId })) });
    }
  });
  return toCreate;
}

// The let is also given another list.
export async function letOfOtherList(organizationId: string, rows: Row[], others: Row[]) {
  if (rows.length > 0) {
    const found = await prisma.customer.findMany({ where: { id: { in: rows.map((r) => r.customerId) }, organizationId } });
    if (found.length !== rows.length) throw new Error("not found");
  }
  let toCreate: Row[] = [];
  toCreate = rows.filter((r) => r.name !== "");
  if (others.length > 1) toCreate = others.filter((r) => r.name !== "");
  await prisma.integration.createMany({ data: toCreate.map((row) => ({ organizationId, customerId: row.customerId })) }); // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// A row is pushed into the let.
export async function letPushed(organizationId: string, rows: Row[], extra: Row) {
  if (rows.length > 0) {
    const found = await prisma.customer.findMany({ where: { id: { in: rows.map((r) => r.customerId) }, organizationId } });
    if (found.length !== rows.length) throw new Error("not found");
  }
  let toCreate: Row[] = [];
  toCreate = rows.filter((r) => r.name !== "");
  toCreate.push(extra);
  await prisma.integration.createMany({ data: toCreate.map((row) => ({ organizationId, customerId: row.customerId })) }); // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// The filter is taken before the lookup, of a list changed since.
export async function filteredBefore(organizationId: string, input: Row[]) {
  let rows = input;
  let toCreate: Row[] = [];
  toCreate = rows.filter((r) => r.name !== "");
  rows = input.slice(1);
  if (rows.length > 0) {
    const found = await prisma.customer.findMany({ where: { id: { in: rows.map((r) => r.customerId) }, organizationId } });
    if (found.length !== rows.length) throw new Error("not found");
  }
  await prisma.integration.createMany({ data: toCreate.map((row) => ({ organizationId, customerId: row.customerId })) }); // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// The test that the list has any has an else that writes anyway.
export async function guardWithElse(organizationId: string, rows: Row[], other: Row[]) {
  if (rows.length > 0) {
    const found = await prisma.customer.findMany({ where: { id: { in: rows.map((r) => r.customerId) }, organizationId } });
    if (found.length !== rows.length) throw new Error("not found");
  } else {
    rows = other;
  }
  await prisma.integration.createMany({ data: rows.map((row) => ({ organizationId, customerId: row.customerId })) }); // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// The map in the where takes another field than the rows written give.
export async function otherMappedField(organizationId: string, rows: Pair[]) {
  if (rows.length > 0) {
    const found = await prisma.customer.findMany({ where: { id: { in: rows.map((r) => r.ownerId) }, organizationId } });
    if (found.length !== rows.length) throw new Error("not found");
  }
  await prisma.integration.createMany({ data: rows.map((row) => ({ organizationId, customerId: row.customerId })) }); // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// The filter reads a callback's own list of the same name.
export async function filteredShadow(organizationId: string, rows: Row[], run: (f: (rows: Row[]) => void) => void) {
  if (rows.length > 0) {
    const found = await prisma.customer.findMany({ where: { id: { in: rows.map((r) => r.customerId) }, organizationId } });
    if (found.length !== rows.length) throw new Error("not found");
  }
  let toCreate: Row[] = [];
  run((rows) => {
    toCreate = rows.filter((r) => r.name !== "");
  });
  await prisma.integration.createMany({ data: toCreate.map((row) => ({ organizationId, customerId: row.customerId })) }); // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// A module's list may be changed by other code while this one awaits.
const pending: Row[] = [];
export function queue(row: Row) {
  pending.push(row);
}
export async function moduleList(organizationId: string) {
  const customerIds = [...new Set(pending.map((r) => r.customerId))];
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== customerIds.length) throw new Error("not found");
  await prisma.integration.createMany({
    data: pending.map((row) => ({ organizationId, customerId: row.customerId })), // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  });
}

// The let handed on inside an object: the call may add rows to it.
export async function letHandedInObject(organizationId: string, rows: Row[]) {
  if (rows.length > 0) {
    const found = await prisma.customer.findMany({ where: { id: { in: rows.map((r) => r.customerId) }, organizationId } });
    if (found.length !== rows.length) throw new Error("not found");
  }
  let toCreate: Row[] = [];
  toCreate = rows.filter((r) => r.name !== "");
  widen({ rows: toCreate });
  await prisma.integration.createMany({ data: toCreate.map((row) => ({ organizationId, customerId: row.customerId })) }); // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// Another name for the let, a row pushed through it.
export async function letAliasedPushed(organizationId: string, rows: Row[]) {
  if (rows.length > 0) {
    const found = await prisma.customer.findMany({ where: { id: { in: rows.map((r) => r.customerId) }, organizationId } });
    if (found.length !== rows.length) throw new Error("not found");
  }
  let toCreate: Row[] = [];
  toCreate = rows.filter((r) => r.name !== "");
  const same = toCreate;
  same.push({ name: "x", customerId: "other" });
  await prisma.integration.createMany({ data: toCreate.map((row) => ({ organizationId, customerId: row.customerId })) }); // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// Only the let's length handed on.
export async function letLengthHanded(organizationId: string, rows: Row[]) {
  if (rows.length > 0) {
    const found = await prisma.customer.findMany({ where: { id: { in: rows.map((r) => r.customerId) }, organizationId } });
    if (found.length !== rows.length) throw new Error("not found");
  }
  let toCreate: Row[] = [];
  toCreate = rows.filter((r) => r.name !== "");
  widen({ count: toCreate.length });
  await prisma.integration.createMany({ data: toCreate.map((row) => ({ organizationId, customerId: row.customerId })) });
}

// The elements' key rewritten after the count, by a subscript or an
// Object.assign, or made a getter before the ids are taken: each read of
// it may give another customer.
export async function keyByString(organizationId: string, rows: Row[], other: string) {
  const customerIds = [...new Set(rows.map((r) => r.customerId))];
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== customerIds.length) throw new Error("not found");
  for (const r of rows) r["customerId"] = other;
  await prisma.integration.createMany({
    data: rows.map((row) => ({ organizationId, customerId: row.customerId })), // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  });
}

export async function keyAssigned(organizationId: string, rows: Row[], other: Row) {
  const customerIds = [...new Set(rows.map((r) => r.customerId))];
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== customerIds.length) throw new Error("not found");
  rows.forEach((r) => Object.assign(r, other));
  await prisma.integration.createMany({
    data: rows.map((row) => ({ organizationId, customerId: row.customerId })), // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  });
}

export async function keyGetter(organizationId: string, rows: Row[], pick: () => string) {
  rows.forEach((r) => Object.defineProperty(r, "customerId", { get: pick }));
  const customerIds = [...new Set(rows.map((r) => r.customerId))];
  const found = await prisma.customer.findMany({ where: { id: { in: customerIds }, organizationId } });
  if (found.length !== customerIds.length) throw new Error("not found");
  await prisma.integration.createMany({
    data: rows.map((row) => ({ organizationId, customerId: row.customerId })), // want "createMany on \"Integration\" links a \"Customer\" by \"customerId\" alone"
  });
}
