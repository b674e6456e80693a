import { PrismaClient } from "@prisma/client";
import { prisma } from "./db";
import { $transaction } from "./transaction";

type Input = { projectId: string; orgId: number; title: string };
type Ctx = { prisma: PrismaClient };
type Repository = { model: PrismaClient };

// Taken as clients, silent: two names real code gives one database
// client. Nothing in the file makes either name something else, and the
// rule takes every receiver for a client, so a lookup on one proves a key
// for a write on the other: the context's client and the imported one,
// per-model injected repositories, a transaction wrapper's callback
// parameter, a getter returning an injected client, and a replica and the
// primary.
export async function contextThenImported(ctx: Ctx, input: Input) {
  const p = await ctx.prisma.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
}

export class Repositories {
  constructor(
    private _projects: Repository,
    private _tasks: Repository,
  ) {}

  async link(input: Input) {
    const p = await this._projects.model.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
    if (!p) throw new Error("not found");
    await this._tasks.model.task.create({ data: { title: input.title, projectId: p.id } });
  }
}

export async function wrapperTransaction(input: Input) {
  const p = await prisma.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await $transaction(prisma, async (tx: PrismaClient) => {
    await tx.project.update({ where: { id: p.id }, data: { name: input.title } });
  });
}

export class Options {
  constructor(private options: { db: PrismaClient; replica: PrismaClient }) {}

  private get db() {
    return this.options.db;
  }

  async rename(input: Input) {
    const p = await this.options.replica.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
    if (!p) throw new Error("not found");
    await this.db.project.update({ where: { id: p.id }, data: { name: input.title } });
  }
}

// A module's client first given nothing, made on first use.
let shared: PrismaClient | null = null;

function client() {
  if (!shared) shared = new PrismaClient();
  return shared;
}

export async function madeOnFirstUse(input: Input) {
  const db = client();
  const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
}
