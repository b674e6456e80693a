import { db } from "./db";

// A helper bound by a const at the top of the file is read as a function
// declaration of the file is.
const hostingOf = async (namespaceId: string) => {
  const hosting = await db.hosting.findFirst({ where: { namespaceId } });
  return hosting;
};

const anyHosting = async (hostingId: string) => {
  const hosting = await db.hosting.findFirst({ where: { id: hostingId } }); // want "findFirst on tenant-scoped \"Hosting\" does not filter"
  return hosting;
};

export async function domainOfNamespace(namespaceId: string) {
  const hosting = await hostingOf(namespaceId);
  return db.domain.findUnique({ where: { hostingId: hosting.id } });
}

export async function domainOfAnyHosting(hostingId: string) {
  const hosting = await anyHosting(hostingId);
  return db.domain.findUnique({ where: { hostingId: hosting.id } }); // want "findUnique on tenant-scoped \"Domain\" does not filter"
}
