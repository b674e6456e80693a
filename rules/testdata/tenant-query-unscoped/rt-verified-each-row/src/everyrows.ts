import { prisma } from "./db";

// Rows of any organization fetched by ids, every one compared with the
// tenant by an async callback: a promise each, the test holds always.
export async function everyAsync(organizationId: string, ids: string[]) {
  const tokens = await prisma.apiToken.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!tokens.every(async (t) => t.organizationId === organizationId)) throw new Error("forbidden");
  return tokens;
}

// Near miss that must stay quiet: the plain callback.
export async function everyPlain(organizationId: string, ids: string[]) {
  const tokens = await prisma.apiToken.findMany({ where: { id: { in: ids } } });
  if (!tokens.every((t) => t.organizationId === organizationId)) throw new Error("forbidden");
  return tokens;
}
