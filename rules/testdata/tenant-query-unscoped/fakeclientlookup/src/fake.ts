import { prisma } from "./db";

type Input = { projectId: string; orgId: number; title: string };

// An object of the file's own whose delegate-like lookup gives back the
// caller's id with the caller's tenant: its row is no row this database
// holds, so neither its tenant field nor the where it was asked with says
// whose the id is.
export async function fakeScopedLookup(input: Input) {
  const fake = { project: { findFirst: async (_: unknown) => ({ id: input.projectId, organizationId: input.orgId }) } };
  const p = await fake.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// The same, the key read from the input after the lookup found a row.
export async function fakeScopedLookupInputKey(input: Input) {
  const fake = { project: { findFirst: async (_: unknown) => ({ id: input.projectId, organizationId: input.orgId }) } };
  const p = await fake.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: input.projectId }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// Fetch, then compare the fake row's tenant with the caller's.
export async function fakeCompared(input: Input) {
  const fake = { project: { findUnique: async (_: unknown) => ({ id: input.projectId, organizationId: input.orgId }) } };
  const p = await fake.project.findUnique({ where: { id: input.projectId } });
  if (!p || p.organizationId !== input.orgId) throw new Error("forbidden");
  await prisma.project.update({ where: { id: input.projectId }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  await prisma.project.delete({ where: { id: p.id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
}

// The compared fake row's key linked by a child.
export async function fakeComparedLink(input: Input) {
  const fake = { project: { findUnique: async (_: unknown) => ({ id: input.projectId, organizationId: input.orgId }) } };
  const p = await fake.project.findUnique({ where: { id: input.projectId } });
  if (!p || p.organizationId !== input.orgId) throw new Error("forbidden");
  await prisma.task.create({ data: { title: input.title, projectId: input.projectId } }); // want "create on \"Task\" links a \"Project\""
  await prisma.task.create({ data: { title: input.title, project: { connect: { id: p.id } } } }); // want "create on \"Task\" links a \"Project\""
}

// The compared fake row's key filtering its children.
export async function fakeComparedChildren(input: Input) {
  const fake = { project: { findUnique: async (_: unknown) => ({ id: input.projectId, organizationId: input.orgId }) } };
  const p = await fake.project.findUnique({ where: { id: input.projectId } });
  if (!p || p.organizationId !== input.orgId) throw new Error("forbidden");
  await prisma.task.deleteMany({ where: { projectId: input.projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter by the tenant"
}

// A lookup on the transaction of a fake client, the write on the real one.
export async function fakeTransactionLookup(input: Input) {
  const fake = {
    $transaction: async (f: (tx: any) => Promise<unknown>) => f({ project: { findFirst: async () => ({ id: input.projectId }) } }),
  };
  await fake.$transaction(async (tx) => {
    const p = await tx.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
    if (!p) throw new Error("not found");
    await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  });
}

// Near misses, silent: the lookup on the client the write runs on.
export async function realLookup(input: Input) {
  const p = await prisma.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
  await prisma.project.update({ where: { id: input.projectId }, data: { name: input.title } });
  await prisma.task.create({ data: { title: input.title, projectId: p.id } });
}

export async function realCompared(input: Input) {
  const p = await prisma.project.findUnique({ where: { id: input.projectId } });
  if (!p || p.organizationId !== input.orgId) throw new Error("forbidden");
  await prisma.project.update({ where: { id: input.projectId }, data: { name: input.title } });
  await prisma.project.delete({ where: { id: p.id } });
  await prisma.task.create({ data: { title: input.title, projectId: input.projectId } });
  await prisma.task.deleteMany({ where: { projectId: input.projectId } });
}

// The lookup on the client, the write in its transaction, and the other way.
export async function lookupThenTransaction(input: Input) {
  const p = await prisma.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.$transaction(async (tx) => {
    await tx.project.update({ where: { id: p.id }, data: { name: input.title } });
  });
}

export async function lookupInTransaction(input: Input) {
  await prisma.$transaction(async (tx) => {
    const p = await tx.project.findUnique({ where: { id: input.projectId } });
    if (!p || p.organizationId !== input.orgId) throw new Error("forbidden");
    await tx.project.update({ where: { id: p.id }, data: { name: input.title } });
    await prisma.project.update({ where: { id: input.projectId }, data: { name: input.title } });
  });
}
