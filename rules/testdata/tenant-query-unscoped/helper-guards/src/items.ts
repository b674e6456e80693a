import { prisma } from "./db";
import { findAnyQueue, findQueue } from "./lib/queues";

// Langfuse's annotation queues: a guard of the file bound to a const,
// read as its function declaration is.
const ensureQueue = async (projectId: string, queueId: string) => {
  const queue = await prisma.queue.findFirst({ where: { id: queueId, projectId } });
  if (!queue) throw new Error("queue not found");
  return queue;
};

const lookUpQueue = async (projectId: string, queueId: string) => prisma.queue.findFirst({ where: { id: queueId, projectId } });

const ensureAnyQueue = async (queueId: string) => {
  const queue = await prisma.queue.findFirst({ where: { id: queueId } }); // want "findFirst on tenant-scoped \"Queue\" does not filter by the tenant"
  if (!queue) throw new Error("queue not found");
  return queue;
};

export async function addItem(projectId: string, queueId: string) {
  await ensureQueue(projectId, queueId);
  return prisma.item.create({ data: { projectId, queueId } });
}

// Langfuse's dashboards: a lookup of another file, tested by the caller.
export async function addItemTested(projectId: string, queueId: string) {
  const queue = await findQueue(projectId, queueId);
  if (!queue) throw new Error("queue not found");
  return prisma.item.create({ data: { projectId, queueId } });
}

// The lookup given by an arrow function's expression body.
export async function addItemArrow(projectId: string, queueId: string) {
  const queue = await lookUpQueue(projectId, queueId);
  if (!queue) throw new Error("queue not found");
  return prisma.item.create({ data: { projectId, queueId } });
}

// Near misses: the result is not tested; the guard's lookup has no
// project; another queue is linked; the imported lookup has no project.
export async function untested(projectId: string, queueId: string) {
  await lookUpQueue(projectId, queueId);
  return prisma.item.create({ data: { projectId, queueId } }); // want "create on \"Item\" links a \"Queue\" by \"queueId\" alone"
}

export async function unscopedGuard(projectId: string, queueId: string) {
  await ensureAnyQueue(queueId);
  return prisma.item.create({ data: { projectId, queueId } }); // want "create on \"Item\" links a \"Queue\" by \"queueId\" alone"
}

export async function otherQueue(projectId: string, queueId: string, otherQueueId: string) {
  const queue = await findQueue(projectId, queueId);
  if (!queue) throw new Error("queue not found");
  return prisma.item.create({ data: { projectId, queueId: otherQueueId } }); // want "create on \"Item\" links a \"Queue\" by \"queueId\" alone"
}

export async function unscopedImport(projectId: string, queueId: string) {
  const queue = await findAnyQueue(queueId);
  if (!queue) throw new Error("queue not found");
  return prisma.item.create({ data: { projectId, queueId } }); // want "create on \"Item\" links a \"Queue\" by \"queueId\" alone"
}
