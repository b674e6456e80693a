import { PrismaClient } from "@prisma/client";

type Input = { projectId: string; orgId: number; title: string };
type Ctx = { db: PrismaClient; orgDb: PrismaClient };

// Near misses, silent: an injected client, a context's client, and a
// lookup through the configured scoped client before a write through the
// context's plain client (both clients of the schema, the scoped one
// named so by the configuration).
export class ProjectService {
  constructor(private readonly prisma: PrismaClient) {}

  async rename(input: Input) {
    const p = await this.prisma.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
    if (!p) throw new Error("not found");
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
  }
}

export async function withContext(ctx: Ctx, input: Input) {
  const p = await ctx.db.project.findUnique({ where: { id: input.projectId } });
  if (!p || p.organizationId !== input.orgId) throw new Error("forbidden");
  await ctx.db.task.create({ data: { title: input.title, projectId: p.id } });
}

export async function throughScopedClient(ctx: Ctx, input: Input) {
  const p = await ctx.orgDb.project.findFirst({ where: { id: input.projectId } });
  if (!p) throw new Error("not found");
  await ctx.db.project.update({ where: { id: p.id }, data: { name: input.title } });
}

// A class's client in an ES private field, set in its constructor.
export class PrivateFieldService {
  #prisma: PrismaClient;
  constructor(prisma: PrismaClient) {
    this.#prisma = prisma;
  }

  async rename(input: Input) {
    const p = await this.#prisma.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
    if (!p) throw new Error("not found");
    await this.#prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
  }
}

// A service extending the client, setting another member of its own.
export class ExtendingService extends PrismaClient {
  private logger: unknown;
  constructor() {
    super();
    this.logger = console;
  }

  async rename(input: Input) {
    const p = await this.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
    if (!p) throw new Error("not found");
    await this.project.update({ where: { id: p.id }, data: { name: input.title } });
  }
}
