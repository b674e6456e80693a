import { prisma } from "./db";
import { getHookedKey, getPickedKey, getHookedPatternKey, getSpreadKey, getEitherKey, getLaterKey, getCleanKey, getDeclaredHookKey, getDefaultHookKey, getLoopedKey, getDestructuredKey } from "./apikey";

export async function hooked(organizationId: string, other: string) {
  const key = await getHookedKey(organizationId, other);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function picked(organizationId: string, userId: string) {
  const key = await getPickedKey(organizationId, userId);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function hookedPattern(organizationId: string, other: string) {
  const key = await getHookedPatternKey({ organizationId, other });
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function spread(organizationId: string) {
  const key = await getSpreadKey(organizationId);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function either(organizationId: string, id: string) {
  const key = await getEitherKey(organizationId, id);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function laterKey(organizationId: string) {
  const key = await getLaterKey(organizationId);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function clean(organizationId: string, userId: string) {
  const key = await getCleanKey(organizationId, userId);
  return prisma.host.findMany({ where: { apiKeyId: key.id } });
}

export async function declaredHook(organizationId: string, other: string) {
  const key = await getDeclaredHookKey(organizationId, other);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function defaultHook(organizationId: string, other: string) {
  const key = await getDefaultHookKey(organizationId, other);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function looped(organizationId: string, other: string) {
  const key = await getLoopedKey(organizationId, other);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function destructured(organizationId: string, input: { organizationId: string }) {
  const key = await getDestructuredKey(organizationId, input);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}
