import { PrismaClient } from "@prisma/client";
import { prisma } from "./db";

type Input = { projectId: string; orgId: number; title: string };
declare function fakeClient(input: Input): any;

// The create on a local `prisma` shadowing the import, the update on the
// import handed to a callback.
export async function shadowedPrisma(input: Input, real: PrismaClient) {
  const prisma = fakeClient(input);
  const p = await prisma.project.create({ data: { organizationId: input.orgId } });
  await (async (prisma: PrismaClient) => {
    await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  })(real);
}

// A service whose client is a fake when the row is made, and set to the
// real one before the update.
export class SwappedService {
  constructor(private prisma: PrismaClient) {}

  async rename(input: Input, real: PrismaClient) {
    this.prisma = fakeClient(input);
    const p = await this.prisma.project.create({ data: { organizationId: input.orgId } });
    this.prisma = real;
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
}

// A class whose client is a getter: each read may give another object.
export class GetterService {
  private made = 0;
  constructor(private real: PrismaClient, private input: Input) {}
  get prisma(): PrismaClient {
    return this.made++ === 0 ? fakeClient(this.input) : this.real;
  }

  async rename(input: Input) {
    const p = await this.prisma.project.create({ data: { organizationId: input.orgId } });
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
}

// Near miss, silent: a class whose client is injected, in a file where
// another class sets its own field of that name.
export class InjectedService {
  constructor(private prisma: PrismaClient) {}

  async rename(input: Input) {
    const p = await this.prisma.project.create({ data: { organizationId: input.orgId } });
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
  }
}

// The delegate destructured from a fake: no client's create.
export async function destructuredDelegate(input: Input) {
  const { project } = fakeClient(input);
  const p = await project.create({ data: { organizationId: input.orgId } });
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// Optional chaining on the fake.
export async function optionalFake(input: Input) {
  const fake = fakeClient(input);
  const p = await fake?.project.create({ data: { organizationId: input.orgId } });
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  const q = await fake.project?.create({ data: { organizationId: input.orgId } });
  await prisma.project.update({ where: { id: q.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// The row replaced by the fake's after the real create.
export async function reassignedRow(input: Input) {
  const fake = fakeClient(input);
  let p = await prisma.project.create({ data: { organizationId: input.orgId } });
  p = await fake.project.create({ data: { organizationId: input.orgId } });
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// A let only ever given the fake's row.
export async function letFake(input: Input) {
  const fake = fakeClient(input);
  let p;
  p = await fake.project.create({ data: { organizationId: input.orgId } });
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// The fake's row from Promise.all.
export async function promiseAllFake(input: Input) {
  const fake = fakeClient(input);
  const [p] = await Promise.all([fake.project.create({ data: { organizationId: input.orgId } })]);
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// The fake's rows from its own batch transaction.
export async function batchFake(input: Input) {
  const fake = fakeClient(input);
  const [p] = await fake.$transaction([fake.project.create({ data: { organizationId: input.orgId } })]);
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// A transaction whose callback returns the fake's create, and the fake's
// transaction returning its "client"'s.
export async function returnedFake(input: Input) {
  const fake = fakeClient(input);
  const p = await prisma.$transaction(async () => fake.project.create({ data: { organizationId: input.orgId } }));
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  const q = await fake.$transaction(async (tx: any) => tx.project.create({ data: { organizationId: input.orgId } }));
  await prisma.project.update({ where: { id: q.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// The transaction's client replaced inside its callback.
export async function txReplaced(input: Input) {
  const out = await prisma.$transaction(async (tx) => {
    tx = fakeClient(input);
    const project = await tx.project.create({ data: { organizationId: input.orgId } });
    return { project };
  });
  await prisma.project.update({ where: { id: out.project.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// Rows the fake made, pushed and updated by id.
export async function pushedFake(input: Input, names: string[]) {
  const fake = fakeClient(input);
  const rows = [];
  for (const name of names) {
    const r = await fake.project.create({ data: { organizationId: input.orgId, name } });
    rows.push(r);
  }
  for (const r of rows) {
    await prisma.project.update({ where: { id: r.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
}

// An alias of the fake's key.
export async function aliasFake(input: Input) {
  const fake = fakeClient(input);
  const p = await fake.project.create({ data: { organizationId: input.orgId } });
  const pid = p.id;
  await prisma.project.update({ where: { id: pid }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// The fake's row's key given inline, and as a fallback.
export async function inlineFake(input: Input, found: { id: string } | null) {
  const fake = fakeClient(input);
  await prisma.task.create({ data: { title: input.title, projectId: (await fake.project.create({ data: { organizationId: input.orgId } })).id } }); // want "create on \"Task\" links a \"Project\""
  const p = found ?? (await fake.project.create({ data: { organizationId: input.orgId } }));
  await prisma.task.create({ data: { title: input.title, projectId: p.id } }); // want "create on \"Task\" links a \"Project\""
}

// The key given to the fake's create, then linked.
export async function givenKeyFake(input: Input) {
  const fake = fakeClient(input);
  await fake.project.create({ data: { id: input.projectId, organizationId: input.orgId } });
  await prisma.task.create({ data: { title: input.title, projectId: input.projectId } }); // want "create on \"Task\" links a \"Project\""
}

// Near misses, silent: the same shapes on the client itself.
export async function realShapes(input: Input, names: string[]) {
  let p = await prisma.project.create({ data: { organizationId: input.orgId } });
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
  let q;
  q = await prisma.project.create({ data: { organizationId: input.orgId } });
  await prisma.project.update({ where: { id: q.id }, data: { name: input.title } });
  const [a] = await Promise.all([prisma.project.create({ data: { organizationId: input.orgId } })]);
  await prisma.project.update({ where: { id: a.id }, data: { name: input.title } });
  const [b] = await prisma.$transaction([prisma.project.create({ data: { organizationId: input.orgId } })]);
  await prisma.project.update({ where: { id: b.id }, data: { name: input.title } });
  const c = await prisma.$transaction(async (tx) => tx.project.create({ data: { organizationId: input.orgId } }));
  await prisma.project.update({ where: { id: c.id }, data: { name: input.title } });
  const rows = [];
  for (const name of names) {
    const r = await prisma.project.create({ data: { organizationId: input.orgId, name } });
    rows.push(r);
  }
  for (const r of rows) {
    await prisma.project.update({ where: { id: r.id }, data: { name: input.title } });
  }
  const pid = p.id;
  await prisma.project.update({ where: { id: pid }, data: { name: input.title } });
}
