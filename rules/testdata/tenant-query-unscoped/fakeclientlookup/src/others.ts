import { prisma } from "./db";

type Input = { projectId: string; orgId: number; title: string; ids: string[] };
const fake: any = {
  project: {
    findFirst: async (_: unknown) => ({ id: "x", organizationId: 1 }),
    findUnique: async (_: unknown) => ({ id: "x", organizationId: 1 }),
  },
};

// Already reported: a fake's row's key in a raw write, a fake's lookup
// in a try, and one awaited through Promise.all.

export async function rawByFakeRow(input: Input) {
  const p = await fake.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.$executeRaw`UPDATE "Project" SET "name" = ${input.title} WHERE "id" = ${p.id}`; // want "\\$executeRaw writes table \"Project\" without a condition on \"organizationId\""
}

export async function lookupInTry(input: Input) {
  let p;
  try {
    p = await fake.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  } catch {
    return;
  }
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function lookupThenPromiseAll(input: Input) {
  const [p] = await Promise.all([fake.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } })]);
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// A class's static member holding a fake, reported; one holding the
// client, silent.
class Registry {
  static db: any = { project: { findFirst: async (_: unknown) => ({ id: "x", organizationId: 1 }) } };
  static real = prisma;
}

export async function staticMember(input: Input) {
  const p = await Registry.db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  const q = await Registry.real.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!q) throw new Error("not found");
  await prisma.project.update({ where: { id: q.id }, data: { name: input.title } });
}

// A fake given in turn by a loop over a list of the file's, or by a
// callback over one: reported. The same lists of the client: silent.
export async function loopedFake(input: Input) {
  for (const db of [fake]) {
    const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
    if (!p) throw new Error("not found");
    await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
  const clients = [prisma, fake];
  await Promise.all(
    clients.map(async (db) => {
      const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
      if (!p) throw new Error("not found");
      await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
    }),
  );
}

export async function loopedClient(input: Input) {
  for (const db of [prisma]) {
    const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
    if (!p) throw new Error("not found");
    await prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
  }
  await Promise.all(
    [prisma].map(async (db) => {
      const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
      if (!p) throw new Error("not found");
      await prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
    }),
  );
}
