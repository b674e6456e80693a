import { prisma } from "@app/database";
import { getAllChannels, getChannels, getChannelsBlock, getChannelsHeld, getChannelsHeldGrown, getChannelsOtherKey, getChannelsOverridden, getChannelsPushed, getChannelsSpread } from "./repositories/channels";

export async function dispatch(accountId: string) {
  const channels = await getChannels({ accountId });
  for (const channel of channels) {
    await prisma.thread.create({ data: { id: "t", channelId: channel.channelId } });
  }
  const listed = await getChannelsBlock(accountId);
  await prisma.thread.findMany({ where: { channelId: { in: listed.map((c) => c.id) } } });
  const held = await getChannelsHeld(accountId);
  return prisma.thread.findMany({ where: { channelId: { in: held.map((c) => c.id) } } });
}

export async function nearMisses(accountId: string, extra: { id: string }, other: string) {
  const all = await getAllChannels();
  await prisma.thread.deleteMany({ where: { channelId: { in: all.map((c) => c.id) } } }); // want "deleteMany on tenant-scoped \"Thread\" does not filter by the tenant"
  const spread = await getChannelsSpread(accountId, extra);
  await prisma.thread.deleteMany({ where: { channelId: { in: spread.map((c) => c.id) } } }); // want "deleteMany on tenant-scoped \"Thread\" does not filter by the tenant"
  const overridden = await getChannelsOverridden(accountId, other);
  await prisma.thread.deleteMany({ where: { channelId: { in: overridden.map((c) => c.id) } } }); // want "deleteMany on tenant-scoped \"Thread\" does not filter by the tenant"
  const otherKey = await getChannelsOtherKey(accountId);
  await prisma.thread.deleteMany({ where: { channelId: { in: otherKey.map((c) => c.id) } } }); // want "deleteMany on tenant-scoped \"Thread\" does not filter by the tenant"
  const pushed = await getChannelsPushed(accountId, extra);
  await prisma.thread.deleteMany({ where: { channelId: { in: pushed.map((c) => c.id) } } }); // want "deleteMany on tenant-scoped \"Thread\" does not filter by the tenant"
  const heldGrown = await getChannelsHeldGrown(accountId, extra);
  await prisma.thread.deleteMany({ where: { channelId: { in: heldGrown.map((c) => c.id) } } }); // want "deleteMany on tenant-scoped \"Thread\" does not filter by the tenant"
  const grown = await getChannels({ accountId });
  grown.push({ channelId: other, hidden: false });
  for (const channel of grown) {
    await prisma.thread.create({ data: { id: "t", channelId: channel.channelId } }); // want "create on \"Thread\" links a \"Channel\" by \"channelId\" alone"
  }
}
