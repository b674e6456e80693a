import { prisma } from "./db";
import { getDevKey } from "./f_devkey";

export async function importedDevHosts(organizationId: string) {
  const devKey = await getDevKey(organizationId);
  return prisma.host.findMany({ where: { status: "ONLINE", apiKeyId: devKey.id } });
}
