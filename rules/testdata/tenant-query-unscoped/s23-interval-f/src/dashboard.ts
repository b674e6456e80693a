import { prisma } from "./db";
import { getDevKey, getDevKeyPlain, getRememberedKey, getStampedKey, getClosedKey, getMemberKey, getStoredKey, getArgumentsKey, getAnyKey } from "./apikey";

type Ctx = { organizationId: string; user: { id: string }; access: { permissions: string[] } };

// Interval's dev host status.
export async function devHostStatus({ organizationId, user, access }: Ctx) {
  const devApiKey = await getDevKey({ user, organizationId, access });
  const devHosts = await prisma.host.findMany({ where: { status: "ONLINE", apiKeyId: devApiKey.id } });
  return { online: devHosts.length > 0 };
}

export async function devHostStatusPlain({ organizationId, user, access }: Ctx) {
  const devApiKey = await getDevKeyPlain(user, organizationId, access);
  return prisma.host.findMany({ where: { status: "ONLINE", apiKeyId: devApiKey.id } });
}

// Twins.
export async function remembered({ organizationId, user }: Ctx) {
  const key = await getRememberedKey(user, organizationId);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function stamped({ organizationId }: Ctx, other: string) {
  const key = await getStampedKey(organizationId, other);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function closed({ organizationId }: Ctx) {
  const key = await getClosedKey(organizationId);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function member({ organizationId, access }: Ctx) {
  const key = await getMemberKey({ organizationId, access });
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function stored({ organizationId }: Ctx) {
  const key = await getStoredKey(organizationId, {});
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function rebound({ organizationId }: Ctx, other: string) {
  const key = await getArgumentsKey(organizationId, other);
  return prisma.host.findMany({ where: { apiKeyId: key.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function anyKey({ organizationId }: Ctx, id: string) {
  const key = await getAnyKey(organizationId, id);
  return prisma.host.findMany({ where: { apiKeyId: key!.id } }); // want "findMany on tenant-scoped \"Host\" does not filter by the tenant"
}
