import { prisma } from "@app/database";
import { getChannelsAssigned, getChannelsFieldMethod, getChannelsKeyWritten, getChannelsReplaced, getChannelsRespelt, getChannelsDestructured, getChannelsArrayDestructured } from "./repositories/channels";

export async function mappedWritten(accountId: string, other: string) {
  const written = await getChannelsKeyWritten(accountId, other);
  await prisma.thread.deleteMany({ where: { channelId: { in: written.map((c) => c.id) } } }); // want "deleteMany on tenant-scoped \"Thread\" does not filter by the tenant"
  const assigned = await getChannelsAssigned(accountId, other);
  await prisma.thread.deleteMany({ where: { channelId: { in: assigned.map((c) => c.id) } } }); // want "deleteMany on tenant-scoped \"Thread\" does not filter by the tenant"
  const replaced = await getChannelsReplaced(accountId, { id: other });
  await prisma.thread.deleteMany({ where: { channelId: { in: replaced.map((c) => c.id) } } }); // want "deleteMany on tenant-scoped \"Thread\" does not filter by the tenant"
  const respelt = await getChannelsRespelt(accountId, other);
  await prisma.thread.deleteMany({ where: { channelId: { in: respelt.map((c) => c.id) } } }); // want "deleteMany on tenant-scoped \"Thread\" does not filter by the tenant"
  const destructured = await getChannelsDestructured(accountId, { id: other });
  await prisma.thread.deleteMany({ where: { channelId: { in: destructured.map((c) => c.id) } } }); // want "deleteMany on tenant-scoped \"Thread\" does not filter by the tenant"
  const arrayDestructured = await getChannelsArrayDestructured(accountId, other);
  await prisma.thread.deleteMany({ where: { channelId: { in: arrayDestructured.map((c) => c.id) } } }); // want "deleteMany on tenant-scoped \"Thread\" does not filter by the tenant"
  const read = await getChannelsFieldMethod(accountId);
  return prisma.thread.deleteMany({ where: { channelId: { in: read.map((c) => c.id) } } });
}
