import { prisma } from "./db";

// The channel's tenant column holds the alert's own tenant: the database
// refuses another tenant's channel (inbox-zero's actions).
export async function alertInTenant(organizationId: string, channelId: string) {
  await prisma.alert.create({ data: { organizationId, channelId, channelOrganizationId: organizationId } });
  await prisma.alert.create({ data: { channelOrganizationId: organizationId, organizationId, channelId } });
}

// Left out, null, another value, or replaced by a later spread: the key
// links a channel of any tenant.
export async function alertUnchecked(organizationId: string, channelId: string, otherId: string, data: { channelOrganizationId: string }) {
  await prisma.alert.create({ data: { organizationId, channelId } }); // want "create on \"Alert\" links a \"Channel\" by \"channelId\" alone"
  await prisma.alert.create({ data: { organizationId, channelId, channelOrganizationId: null } }); // want "create on \"Alert\" links a \"Channel\" by \"channelId\" alone"
  await prisma.alert.create({ data: { organizationId, channelId, channelOrganizationId: otherId } }); // want "create on \"Alert\" links a \"Channel\" by \"channelId\" alone"
  await prisma.alert.create({ data: { organizationId, channelId, channelOrganizationId: organizationId, ...data } }); // want "create on \"Alert\" links a \"Channel\" by \"channelId\" alone" "cannot see what create on \"Alert\" writes to \"organizationId\": a spread after it may replace it"
}
