import { prisma } from "./db";
import { hasPermission, remember } from "./auth";

type Access = { permissions: string[] };

// Red team of the find-or-create helper that calls unread code.

// The key is given another name, which unread code is handed.
async function getAliasedKey(organizationId: string) {
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) throw new Error("not found");
  const alias = key;
  remember(alias);
  return key;
}
export async function aliased(organizationId: string) {
  const key = await getAliasedKey(organizationId);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

// A closure handed to unread code gives the tenant another value.
async function getRetenantedKey(organizationId: string, access: Access, other: string) {
  hasPermission(access, "x") && remember(() => (organizationId = other));
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) {
    key = await prisma.apiKey.create({ data: { id: "k", organizationId, environmentId: "e" } }); // want "create on \"ApiKey\" links a \"Environment\" by \"environmentId\" alone"
  }
  return key;
}
export async function retenanted(organizationId: string, access: Access, other: string) {
  const key = await getRetenantedKey(organizationId, access, other);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

// A loop gives the returned name rows of every tenant.
async function getLoopedKey(organizationId: string, rows: { id: string }[]) {
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  hasPermission({ permissions: [] }, "x");
  for (key of rows as any[]) {
    break;
  }
  return key;
}
export async function looped(organizationId: string, rows: { id: string }[]) {
  const key = await getLoopedKey(organizationId, rows);
  return prisma.host.findMany({ where: { apiKeyId: key!.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

// The return hands back another row when the key is missing.
async function getOrHanded(organizationId: string, handed: { id: string }) {
  const key = await prisma.apiKey.findFirst({ where: { organizationId } });
  remember(handed);
  return key ?? handed;
}
export async function orHanded(organizationId: string, handed: { id: string }) {
  const key = await getOrHanded(organizationId, handed);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

// The tenant is a const of an inner block, not the parameter.
async function getInnerTenantKey(organizationId: string, other: string) {
  hasPermission({ permissions: [] }, "x");
  {
    const organizationId = other;
    const key = await prisma.apiKey.findFirst({ where: { organizationId } });
    return key;
  }
}
export async function innerTenant(organizationId: string, other: string) {
  const key = await getInnerTenantKey(organizationId, other);
  return prisma.host.findMany({ where: { apiKeyId: key!.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

// The key is exported by a field of the module object unread code reads.
async function getExportedKey(organizationId: string) {
  const key = await prisma.apiKey.findFirst({ where: { organizationId } });
  (globalThis as any).lastKey = key;
  hasPermission({ permissions: [] }, "x");
  return key;
}
export async function exported(organizationId: string) {
  const key = await getExportedKey(organizationId);
  return prisma.host.findMany({ where: { apiKeyId: key!.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}
