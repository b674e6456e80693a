import { db } from "./db";

const hostingOf = async (namespaceId: string) => {
  const hosting = await db.hosting.findFirst({ where: { namespaceId } });
  return hosting;
};

// A parameter of the caller's own shadows the name: the call is not the helper's.
export async function domainOfShadowed(hostingOf: (id: string) => Promise<{ id: string }>, namespaceId: string) {
  const hosting = await hostingOf(namespaceId);
  return db.domain.findUnique({ where: { hostingId: hosting.id } }); // want "findUnique on tenant-scoped \"Domain\" does not filter"
}

// The file binds the name twice, so no call of it is read as the helper's.
export async function domainOfNamespace(namespaceId: string) {
  const hosting = await hostingOf(namespaceId);
  return db.domain.findUnique({ where: { hostingId: hosting.id } }); // want "findUnique on tenant-scoped \"Domain\" does not filter"
}
