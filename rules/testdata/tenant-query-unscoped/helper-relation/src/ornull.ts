import { db } from "./db";

// Nothing found gives null: the caller's `hosting.id` throws.
async function hostingOrNull(namespaceId: string) {
  const hosting = await db.hosting.findFirst({ where: { namespaceId } });
  return hosting ?? null;
}

// Nothing found gives another row, found by id alone.
async function hostingOrOther(namespaceId: string, otherId: string) {
  const hosting = await db.hosting.findFirst({ where: { namespaceId } });
  const other = await db.hosting.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Hosting\" does not filter"
  return hosting ?? other;
}

export async function checkDomain(namespaceId: string) {
  const hosting = await hostingOrNull(namespaceId);
  return db.domain.findUnique({ where: { hostingId: hosting.id } });
}

export async function checkDomainOrOther(namespaceId: string, otherId: string) {
  const hosting = await hostingOrOther(namespaceId, otherId);
  return db.domain.findUnique({ where: { hostingId: hosting.id } }); // want "findUnique on tenant-scoped \"Domain\" does not filter"
}
