import { prisma } from "./db";

type Input = { projectId: string; orgId: number; title: string };

function fakeClient(input: Input): any {
  return { project: { findFirst: async (_: unknown) => ({ id: input.projectId, organizationId: input.orgId }) } };
}

// The client's name given the fake before the lookup, the real client
// after it: one name, two objects.
export async function reassignedClient(input: Input) {
  let db: any = fakeClient(input);
  const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  db = prisma;
  await db.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// The lookup on a const shadowing the client's name in a callback.
export async function shadowedClient(input: Input, ids: string[]) {
  const real = prisma;
  await Promise.all(
    ids.map(async () => {
      const prisma = fakeClient(input);
      const p = await prisma.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
      if (!p) throw new Error("not found");
      await real.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
    }),
  );
}

// The lookup through optional chaining on the fake.
export async function optionalChained(input: Input) {
  const fake = fakeClient(input);
  const p = await fake?.project?.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// The lookup in a closure over the fake, the write after it.
export async function inClosure(input: Input) {
  const fake = fakeClient(input);
  const run = async () => {
    const p = await fake.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
    if (!p || p.organizationId !== input.orgId) throw new Error("not found");
    await prisma.project.update({ where: { id: input.projectId }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  };
  await run();
}

// A class whose client is a getter: each read may be another object.
export class GetterService {
  n = 0;
  get db(): any {
    return this.n++ ? prisma : fakeClient({ projectId: "x", orgId: 1, title: "" });
  }

  async rename(input: Input) {
    const p = await this.db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
    if (!p) throw new Error("not found");
    await this.db.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
}

// A class's field replaced outside its constructor, in another method.
export class SwappedService {
  constructor(private db: any) {}

  swap(input: Input) {
    this.db = fakeClient(input);
  }

  async rename(input: Input) {
    const p = await this.db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
    if (!p) throw new Error("not found");
    await this.db.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
}

// The fake's row's tenant as the value a real row is compared with.
export async function fakeTenantSource(input: Input) {
  const fake = fakeClient(input);
  const mine = await fake.project.findFirst({ where: { organizationId: input.orgId } });
  const p = await prisma.project.findUnique({ where: { id: input.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  if (!p || !mine || p.organizationId !== mine.organizationId) throw new Error("forbidden");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// Near misses, silent: one name for the client all along, a method of a
// class reading its field, and a transaction's client inside a callback.
export async function aliasKept(input: Input) {
  const db = prisma;
  const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await db.project.update({ where: { id: p.id }, data: { name: input.title } });
}

export async function optionalOnClient(input: Input) {
  const p = await prisma.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma?.project.update({ where: { id: p.id }, data: { name: input.title } });
}

// An ES private client field replaced outside the constructor.
export class SwappedPrivateService {
  #db: any;
  constructor(db: any) {
    this.#db = db;
  }

  swap(input: Input) {
    this.#db = fakeClient(input);
  }

  async rename(input: Input) {
    const p = await this.#db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
    if (!p) throw new Error("not found");
    await this.#db.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
}
