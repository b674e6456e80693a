import { prisma } from "@app/database";
import { getChannelRows, getVisibleRows } from "./repositories/channels";

// A loop straight over a helper's rows, as over an inline query's.
export async function archiveThreads(accountId: string) {
  for (const channel of await getChannelRows(accountId)) {
    await prisma.thread.deleteMany({ where: { channelId: channel.id } });
  }
}

// Near miss: every account's rows.
export async function archiveVisible() {
  for (const channel of await getVisibleRows()) {
    await prisma.thread.deleteMany({ where: { channelId: channel.id } }); // want "deleteMany on tenant-scoped \"Thread\" does not filter by the tenant"
  }
}
