import { prisma } from "@app/database";
import ChannelsService from "services/channels";
import { findChannels, findWithThis, findWithoutThis } from "./services/channels";

// Threads read by the ids of channels a service helper listed.

export async function publicThreads(community: { id: string }) {
  const channels = await ChannelsService.findPublic(community.id);
  const condition = { hidden: false, channelId: { in: channels.map(({ id }) => id) } } as any;
  const threads = await prisma.thread.findMany({ where: condition });
  const total = await prisma.thread.count({ where: condition });
  return { threads, total };
}

export async function privateThreads(community: { id: string }, userId: string) {
  const channels = await ChannelsService.findPrivates({ accountId: community.id, userId });
  return prisma.thread.findMany({ where: { channelId: { in: channels.map((c) => c.id) } } });
}

export async function namedThreads(accountId: string) {
  const channels = await findChannels(accountId);
  return prisma.thread.findMany({ where: { channelId: { in: channels.map((c) => c.id) } } });
}

export async function visibleThreads(accountId: string) {
  const channels = await ChannelsService.findVisible(accountId);
  return prisma.thread.findMany({ where: { channelId: { in: channels.map((c) => c.id) } } }); // want "findMany on tenant-scoped \"Thread\" does not filter by the tenant"
}

export async function threadsWith(accountId: string, extra: { id: string }) {
  const channels = await ChannelsService.findWith(accountId, extra);
  return prisma.thread.findMany({ where: { channelId: { in: channels.map((c) => c.id) } } }); // want "findMany on tenant-scoped \"Thread\" does not filter by the tenant"
}

export async function filteredThreads(accountId: string, filters: object) {
  const channels = await ChannelsService.findFiltered(accountId, filters);
  return prisma.thread.findMany({ where: { channelId: { in: channels.map((c) => c.id) } } }); // want "findMany on tenant-scoped \"Thread\" does not filter by the tenant"
}

export async function sharedThreads(accountId: string) {
  const channels = await ChannelsService.findOrShared(accountId, true);
  return prisma.thread.findMany({ where: { channelId: { in: channels.map((c) => c.id) } } }); // want "findMany on tenant-scoped \"Thread\" does not filter by the tenant"
}

export async function maybeThreads(accountId: string) {
  const channels = await ChannelsService.findMaybe(accountId);
  return prisma.thread.findMany({ where: { channelId: { in: channels.map((c) => c.id) } } }); // want "findMany on tenant-scoped \"Thread\" does not filter by the tenant"
}

// A literal is no tenant the caller was given.
export async function literalThreads() {
  const channels = await ChannelsService.findPublic("public");
  return prisma.thread.findMany({ where: { channelId: { in: channels.map((c) => c.id) } } }); // want "findMany on tenant-scoped \"Thread\" does not filter by the tenant"
}

// The list grown in the caller.
export async function grownThreads(accountId: string, other: { id: string }) {
  const channels = await ChannelsService.findPublic(accountId);
  channels.push(other as any);
  return prisma.thread.findMany({ where: { channelId: { in: channels.map((c) => c.id) } } }); // want "findMany on tenant-scoped \"Thread\" does not filter by the tenant"
}

// The `this` parameter is erased: "public" is the tenant the helper filters by.
export async function thisThreads(accountId: string) {
  const channels = await findWithThis("public", accountId);
  return prisma.thread.findMany({ where: { channelId: { in: channels.map((c) => c.id) } } }); // want "findMany on tenant-scoped \"Thread\" does not filter by the tenant"
}

export async function firstThreads(accountId: string) {
  const channels = await findWithoutThis(accountId, "public");
  return prisma.thread.findMany({ where: { channelId: { in: channels.map((c) => c.id) } } });
}
