import { prisma } from "./db";

type Input = { projectId: string; orgId: number; title: string };

// An object of the file's own whose delegate-like create gives back the
// caller's id: its row is no row this database made in the tenant.
export async function fakeObject(input: Input) {
  const fake = { project: { create: async (_: unknown) => ({ id: input.projectId }) } };
  const p = await fake.project.create({ data: { organizationId: input.orgId } });
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// The same row's id linked by a create.
export async function fakeObjectConnect(input: Input) {
  const fake = { project: { create: async (_: unknown) => ({ id: input.projectId }) } };
  const p = await fake.project.create({ data: { organizationId: input.orgId } });
  await prisma.task.create({ data: { title: input.title, project: { connect: { id: p.id } } } }); // want "create on \"Task\" links a \"Project\""
}

// The same id as a scalar foreign key.
export async function fakeObjectScalar(input: Input) {
  const fake = { project: { create: async (_: unknown) => ({ id: input.projectId }) } };
  const p = await fake.project.create({ data: { organizationId: input.orgId } });
  await prisma.task.create({ data: { title: input.title, projectId: p.id } }); // want "create on \"Task\" links a \"Project\""
}

// Near miss, silent: the create on the client itself.
export async function realClient(input: Input) {
  const p = await prisma.project.create({ data: { organizationId: input.orgId } });
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
  await prisma.task.create({ data: { title: input.title, project: { connect: { id: p.id } } } });
  await prisma.task.create({ data: { title: input.title, projectId: p.id } });
}

// The id destructured from the fake's row.
export async function fakeDestructured(input: Input) {
  const fake = { project: { create: async (_: unknown) => ({ id: input.projectId }) } };
  const { id } = await fake.project.create({ data: { organizationId: input.orgId } });
  await prisma.project.update({ where: { id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// The fake's row handed out of a transaction of the client.
export async function fakeInTransaction(input: Input) {
  const fake = { project: { create: async (_: unknown) => ({ id: input.projectId }) } };
  const out = await prisma.$transaction(async (tx) => {
    const project = await fake.project.create({ data: { organizationId: input.orgId } });
    return { project };
  });
  await prisma.project.update({ where: { id: out.project.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// A transaction of the fake's own, its "client" the fake again.
export async function fakeTransaction(input: Input) {
  const fake = {
    $transaction: async (fn: (tx: any) => Promise<any>) => fn({ project: { create: async () => ({ id: input.projectId }) } }),
  };
  const out = await fake.$transaction(async (tx) => {
    const project = await tx.project.create({ data: { organizationId: input.orgId } });
    return { project };
  });
  await prisma.project.update({ where: { id: out.project.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  await prisma.$transaction(async (tx) => {
    await tx.task.create({ data: { title: input.title, projectId: out.project.id } }); // want "create on \"Task\" links a \"Project\""
  });
}

// A service whose method is merely named create.
declare const projects: { project: { create(args: unknown): Promise<{ id: string }> } };
export async function serviceCreate(input: Input) {
  const p = await projects.project.create({ data: { organizationId: input.orgId } });
  await prisma.project.delete({ where: { id: p.id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
}

// Near misses, silent: the client's own transaction, its row used inside
// it, handed out of it, or a row the client made used in a transaction.
export async function realTransaction(input: Input) {
  const out = await prisma.$transaction(async (tx) => {
    const project = await tx.project.create({ data: { organizationId: input.orgId } });
    await tx.project.update({ where: { id: project.id }, data: { name: input.title } });
    const { id } = await tx.project.create({ data: { organizationId: input.orgId } });
    await tx.task.create({ data: { title: input.title, projectId: id } });
    return { project };
  });
  await prisma.project.update({ where: { id: out.project.id }, data: { name: input.title } });
  const made = await prisma.project.create({ data: { organizationId: input.orgId } });
  await prisma.$transaction(async (tx) => {
    await tx.task.create({ data: { title: input.title, project: { connect: { id: made.id } } } });
  });
}
