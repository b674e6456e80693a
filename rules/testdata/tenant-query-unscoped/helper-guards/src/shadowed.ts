import { prisma } from "./db";

const ensureQueue = async (projectId: string, queueId: string) => {
  const queue = await prisma.queue.findFirst({ where: { id: queueId, projectId } });
  if (!queue) throw new Error("queue not found");
  return queue;
};

// A parameter of the same name may be anything: the file's guard is no
// longer known by its name anywhere in the file.
export async function shadowedGuard(projectId: string, queueId: string, ensureQueue: (p: string, q: string) => Promise<void>) {
  await ensureQueue(projectId, queueId);
  return prisma.item.create({ data: { projectId, queueId } }); // want "create on \"Item\" links a \"Queue\" by \"queueId\" alone"
}

export async function guarded(projectId: string, queueId: string) {
  await ensureQueue(projectId, queueId);
  return prisma.item.create({ data: { projectId, queueId } }); // want "create on \"Item\" links a \"Queue\" by \"queueId\" alone"
}
