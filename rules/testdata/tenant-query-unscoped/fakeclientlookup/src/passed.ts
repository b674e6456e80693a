import { PrismaClient } from "@prisma/client";
import { prisma } from "./db";

type Input = { projectId: string; orgId: number; title: string };

// A fake handed to the lookup's client another way than by a name's
// binding: a transaction given options beside its callback, a parameter's
// default, an angle-bracket cast, a function called where it is written.
// A delegate destructured from a fake, a field initialised to one, and a
// spread copy of the client with its delegate replaced are reported too.

export async function txWithOptions(input: Input) {
  const fake = { $transaction: async (f: (tx: any) => Promise<unknown>, _o: unknown) => f({ project: { findFirst: async () => ({ id: input.projectId }) } }) };
  await fake.$transaction(
    async (tx) => {
      const p = await tx.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
      if (!p) throw new Error("not found");
      await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
    },
    { timeout: 1 },
  );
}

export async function destructuredDelegate(input: Input) {
  const { project } = { project: { findFirst: async (_: unknown) => ({ id: input.projectId, organizationId: input.orgId }) } };
  const p = await project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function defaultParameter(input: Input, db: any = { project: { findFirst: async () => ({ id: input.projectId }) } }) {
  const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function angleCast(input: Input) {
  const db = <PrismaClient>(<unknown>{ project: { findFirst: async () => ({ id: input.projectId }) } });
  const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function immediatelyCalled(input: Input) {
  await (async (db: any) => {
    const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
    if (!p) throw new Error("not found");
    await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  })({ project: { findFirst: async () => ({ id: input.projectId }) } });
}

export class FieldFake {
  private db: any = { project: { findFirst: async () => ({ id: "x" }) } };
  async rename(input: Input) {
    const p = await this.db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
    if (!p) throw new Error("not found");
    await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
}

export async function spreadCopy(input: Input) {
  const db = { ...prisma, project: { findFirst: async () => ({ id: input.projectId }) } };
  const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// Near misses, silent: the same shapes handed the real client.
export async function realTxWithOptions(input: Input) {
  await prisma.$transaction(
    async (tx) => {
      const p = await tx.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
      if (!p) throw new Error("not found");
      await prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
    },
    { timeout: 1 },
  );
}

export async function realDefaultParameter(input: Input, db: PrismaClient = prisma) {
  const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
}

export async function realImmediatelyCalled(input: Input) {
  await (async (db: PrismaClient) => {
    const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
    if (!p) throw new Error("not found");
    await prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
  })(prisma);
}
