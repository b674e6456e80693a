import { PrismaClient } from "@prisma/client";
import { prisma } from "./db";

type Input = { projectId: string; orgId: number; title: string };

declare function createClient(): PrismaClient;
declare const db: { prisma(): PrismaClient; client(name: string): PrismaClient };

// Near misses, silent: a name given its client before both calls, a
// module's accessor of its one client called with nothing, and a
// transaction given options beside its callback.
export async function initialisedFirst(input: Input) {
  let conn: PrismaClient;
  try {
    conn = createClient();
  } catch {
    return;
  }
  const p = await conn.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await conn.project.update({ where: { id: p.id }, data: { name: input.title } });
}

export async function throughAccessor(input: Input) {
  const p = await db.prisma().project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await db.prisma().project.update({ where: { id: p.id }, data: { name: input.title } });
}

export async function transactionWithOptions(input: Input) {
  const p = await prisma.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.$transaction(
    async (tx) => {
      await tx.project.update({ where: { id: p.id }, data: { name: input.title } });
    },
    { timeout: 15000 },
  );
}

// Taken as a client, silent: an accessor handed a name. It may give
// another client for each name, but each is a client of the schema as far
// as the file shows, and a lookup on one client and a write on another
// name for the same database is how real code reads (a context's client
// and the imported one, a replica and the primary).
export async function accessorWithArgument(input: Input, other: string) {
  const p = await db.client(other).project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await db.client("main").project.update({ where: { id: p.id }, data: { name: input.title } });
}

// The client's name given the fake in a loop, before the lookup in it:
// no write before both calls, reported.
export async function writtenBeforeLaterLookup(input: Input) {
  let conn: any = prisma;
  const p = await conn.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  for (const id of [input.projectId]) {
    conn = { project: { findFirst: async () => ({ id, organizationId: input.orgId }) } };
    const q = await conn.project.findFirst({ where: { id, organizationId: input.orgId } });
    if (!q) throw new Error("not found");
    await prisma.project.update({ where: { id: q.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
}
