import { prisma } from "@app/database";
import ChannelsService from "services/channels";

// The service's name is bound again in this file: which object a call
// reaches is not known, even where the import is the one in scope.

export async function publicThreads(accountId: string) {
  const channels = await ChannelsService.findPublic(accountId);
  return prisma.thread.findMany({ where: { channelId: { in: channels.map((c) => c.id) } } }); // want "findMany on tenant-scoped \"Thread\" does not filter by the tenant"
}

// The service's name bound again here: another object's method.
export async function shadowedThreads(accountId: string, services: any) {
  const ChannelsService = services.channels;
  const channels = await ChannelsService.findPublic(accountId);
  return prisma.thread.findMany({ where: { channelId: { in: channels.map((c) => c.id) } } }); // want "findMany on tenant-scoped \"Thread\" does not filter by the tenant"
}
