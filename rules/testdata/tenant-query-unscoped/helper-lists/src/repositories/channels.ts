import { prisma } from "@app/database";

// Langfuse's repositories: the tenant's rows handed back as plain objects.
export const getChannels = async ({ accountId }: { accountId: string }) => {
  const rows = await prisma.channel.findMany({ where: { accountId } });
  return rows.map((c) => ({ channelId: c.id, hidden: Boolean(c.hidden) }));
};

export async function getChannelsBlock(accountId: string) {
  const rows = await prisma.channel.findMany({ where: { accountId } });
  return rows.map((c) => {
    return { id: c.id, label: `channel ${c.id}` };
  });
}

export async function getChannelsHeld(accountId: string) {
  const rows = await prisma.channel.findMany({ where: { accountId } });
  const domains = rows.map((c) => ({ id: c.id }));
  return domains;
}

export async function getChannelsHeldGrown(accountId: string, extra: { id: string }) {
  const rows = await prisma.channel.findMany({ where: { accountId } });
  const domains = rows.map((c) => ({ id: c.id }));
  domains.push(extra);
  return domains;
}

// Near misses: every account's rows; a spread or a second entry may give
// the key anything; the key is not the row's; the rows are changed first.
export const getAllChannels = async () => {
  const rows = await prisma.channel.findMany({ where: { hidden: false } }); // want "findMany on tenant-scoped \"Channel\" does not filter by the tenant"
  return rows.map((c) => ({ id: c.id }));
};

export async function getChannelsSpread(accountId: string, extra: { id: string }) {
  const rows = await prisma.channel.findMany({ where: { accountId } });
  return rows.map((c) => ({ id: c.id, ...extra }));
}

export async function getChannelsOverridden(accountId: string, other: string) {
  const rows = await prisma.channel.findMany({ where: { accountId } });
  return rows.map((c) => ({ id: c.id, id: other }));
}

export async function getChannelsOtherKey(accountId: string) {
  const rows = await prisma.channel.findMany({ where: { accountId } });
  return rows.map((c) => ({ id: c.accountId }));
}

export async function getChannelsPushed(accountId: string, extra: { id: string }) {
  const rows = await prisma.channel.findMany({ where: { accountId } });
  rows.push(extra as any);
  return rows.map((c) => ({ id: c.id }));
}

// The rows themselves, for a loop over the awaited call.
export async function getChannelRows(accountId: string) {
  return prisma.channel.findMany({ where: { accountId } });
}

export async function getVisibleRows() {
  return prisma.channel.findMany({ where: { hidden: false } }); // want "findMany on tenant-scoped \"Channel\" does not filter by the tenant"
}

// An entry before the key's writes it, hands the row to what writes it,
// or puts another object in the row's place; reading a field's own
// method is only a read.
export async function getChannelsKeyWritten(accountId: string, other: string) {
  const rows = await prisma.channel.findMany({ where: { accountId } });
  return rows.map((c) => ({ hidden: (c.id = other), id: c.id }));
}

export async function getChannelsAssigned(accountId: string, other: string) {
  const rows = await prisma.channel.findMany({ where: { accountId } });
  return rows.map((c) => ({ hidden: Object.assign(c, { id: other }).hidden, id: c.id }));
}

export async function getChannelsReplaced(accountId: string, other: { id: string }) {
  const rows = await prisma.channel.findMany({ where: { accountId } });
  return rows.map((c) => ({ hidden: (c = other as any), id: c.id }));
}

export async function getChannelsFieldMethod(accountId: string) {
  const rows = await prisma.channel.findMany({ where: { accountId } });
  return rows.map((c) => ({ hidden: c.hidden.toString(), id: c.id }));
}

// A second entry of the key under another spelling.
export async function getChannelsRespelt(accountId: string, other: string) {
  const rows = await prisma.channel.findMany({ where: { accountId } });
  return rows.map((c) => ({ id: c.id, "i\u0064": other }));
}

// The key written by a destructuring assignment before it is copied.
export async function getChannelsDestructured(accountId: string, other: { id: string }) {
  const rows = await prisma.channel.findMany({ where: { accountId } });
  return rows.map((c) => ({ hidden: ({ id: c.id } = other), id: c.id }));
}

export async function getChannelsArrayDestructured(accountId: string, other: string) {
  const rows = await prisma.channel.findMany({ where: { accountId } });
  return rows.map((c) => ({ hidden: ([c.id] = [other]), id: c.id }));
}
