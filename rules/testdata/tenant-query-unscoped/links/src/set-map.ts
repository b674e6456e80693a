import { prisma } from "./db";

declare function touch(m: Map<string, { id: string }>): void;

const fingerprint = (a: string, b: string) => `${a}::${b}`;

// Rows of a tenant-filtered list set into a Map under a computed key,
// the row got back pushed by its id and updated (LangWatch's starter
// pack).
export async function seedPack(organizationId: string, tiles: { a: string; b: string }[]) {
  const existing = await prisma.customer.findMany({ where: { organizationId } });
  const byPrint = new Map<string, (typeof existing)[number]>();
  for (const row of existing) {
    byPrint.set(fingerprint(row.id, row.organizationId), row);
  }
  const toUpdate: { id: string }[] = [];
  for (const tile of tiles) {
    const match = byPrint.get(fingerprint(tile.a, tile.b));
    if (!match) continue;
    toUpdate.push({ id: match.id });
  }
  await prisma.$transaction(toUpdate.map((u) => prisma.customer.update({ where: { id: u.id }, data: {} })));
}

// Near misses: the Map also set from rows found without the tenant, set
// after the lookup, set with another value than the loop's row, handed
// to a function, a pushed key other than the row's.
export async function seedAlsoLoose(organizationId: string, tiles: { a: string; b: string }[], ids: string[]) {
  const existing = await prisma.customer.findMany({ where: { organizationId } });
  const loose = await prisma.customer.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Customer\" does not filter by the tenant"
  const byPrint = new Map<string, (typeof existing)[number]>();
  for (const row of existing) byPrint.set(fingerprint(row.id, row.organizationId), row);
  for (const row of loose) byPrint.set(fingerprint(row.id, row.organizationId), row);
  const toUpdate: { id: string }[] = [];
  for (const tile of tiles) {
    const match = byPrint.get(fingerprint(tile.a, tile.b));
    if (!match) continue;
    toUpdate.push({ id: match.id });
  }
  await prisma.$transaction(toUpdate.map((u) => prisma.customer.update({ where: { id: u.id }, data: {} }))); // want "update on tenant-scoped \"Customer\" does not filter by the tenant"
}

export async function seedSetAfter(organizationId: string, tiles: { a: string; b: string; id: string }[]) {
  const existing = await prisma.customer.findMany({ where: { organizationId } });
  const byPrint = new Map<string, { id: string }>();
  for (const row of existing) byPrint.set(fingerprint(row.id, row.organizationId), row);
  const toUpdate: { id: string }[] = [];
  for (const tile of tiles) {
    const match = byPrint.get(fingerprint(tile.a, tile.b));
    if (!match) continue;
    toUpdate.push({ id: match.id });
    for (const row of tiles) byPrint.set(row.a, row);
  }
  await prisma.$transaction(toUpdate.map((u) => prisma.customer.update({ where: { id: u.id }, data: {} }))); // want "update on tenant-scoped \"Customer\" does not filter by the tenant"
}

export async function seedOtherValue(organizationId: string, tiles: { a: string; b: string; id: string }[]) {
  const existing = await prisma.customer.findMany({ where: { organizationId } });
  const byPrint = new Map<string, { id: string }>();
  for (const row of existing) byPrint.set(fingerprint(row.id, row.organizationId), tiles[0]);
  const toUpdate: { id: string }[] = [];
  for (const tile of tiles) {
    const match = byPrint.get(fingerprint(tile.a, tile.b));
    if (!match) continue;
    toUpdate.push({ id: match.id });
  }
  await prisma.$transaction(toUpdate.map((u) => prisma.customer.update({ where: { id: u.id }, data: {} }))); // want "update on tenant-scoped \"Customer\" does not filter by the tenant"
}

export async function seedHanded(organizationId: string, tiles: { a: string; b: string }[]) {
  const existing = await prisma.customer.findMany({ where: { organizationId } });
  const byPrint = new Map<string, { id: string }>();
  for (const row of existing) byPrint.set(fingerprint(row.id, row.organizationId), row);
  touch(byPrint);
  const toUpdate: { id: string }[] = [];
  for (const tile of tiles) {
    const match = byPrint.get(fingerprint(tile.a, tile.b));
    if (!match) continue;
    toUpdate.push({ id: match.id });
  }
  await prisma.$transaction(toUpdate.map((u) => prisma.customer.update({ where: { id: u.id }, data: {} }))); // want "update on tenant-scoped \"Customer\" does not filter by the tenant"
}

export async function seedOtherKey(organizationId: string, tiles: { a: string; b: string; id: string }[]) {
  const existing = await prisma.customer.findMany({ where: { organizationId } });
  const byPrint = new Map<string, { id: string }>();
  for (const row of existing) byPrint.set(fingerprint(row.id, row.organizationId), row);
  const toUpdate: { id: string }[] = [];
  for (const tile of tiles) {
    const match = byPrint.get(fingerprint(tile.a, tile.b));
    if (!match) continue;
    toUpdate.push({ id: tile.id });
  }
  await prisma.$transaction(toUpdate.map((u) => prisma.customer.update({ where: { id: u.id }, data: {} }))); // want "update on tenant-scoped \"Customer\" does not filter by the tenant"
}

export async function seedShadowed(organizationId: string, tiles: { a: string; b: string }[], ids: string[]) {
  const existing = await prisma.customer.findMany({ where: { organizationId } });
  const byPrint = new Map<string, { id: string }>();
  {
    const existing = await prisma.customer.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Customer\" does not filter by the tenant"
    for (const row of existing) byPrint.set(fingerprint(row.id, row.organizationId), row);
  }
  const toUpdate: { id: string }[] = [];
  for (const tile of tiles) {
    const match = byPrint.get(fingerprint(tile.a, tile.b));
    if (!match) continue;
    toUpdate.push({ id: match.id });
  }
  await prisma.$transaction(existing.length ? toUpdate.map((u) => prisma.customer.update({ where: { id: u.id }, data: {} })) : []); // want "update on tenant-scoped \"Customer\" does not filter by the tenant"
}
