import { prisma } from "../db";

// A lookup with the project, handed back for the caller to test.
export async function findQueue(projectId: string, queueId: string) {
  return prisma.queue.findFirst({ where: { id: queueId, projectId } });
}

// The same without the project.
export async function findAnyQueue(queueId: string) {
  return prisma.queue.findFirst({ where: { id: queueId } }); // want "findFirst on tenant-scoped \"Queue\" does not filter by the tenant"
}

// A throwing guard bound to a const.
export const getQueueOrThrow = async (projectId: string, queueId: string) => {
  const queue = await prisma.queue.findFirst({ where: { id: queueId, projectId } });
  if (!queue) throw new Error("queue not found");
  return queue;
};
