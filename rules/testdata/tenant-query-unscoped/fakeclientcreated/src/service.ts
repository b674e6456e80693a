import { PrismaClient } from "@prisma/client";

type Input = { projectId: string; orgId: number; title: string };
type Ctx = { db: PrismaClient };

// Near misses, silent: a service's injected client, set in its
// constructor, and a context's client.
export class ProjectService {
  constructor(private readonly prisma: PrismaClient) {}

  async rename(input: Input) {
    const p = await this.prisma.project.create({ data: { organizationId: input.orgId } });
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
  }
}

export class AssignedService {
  private db: PrismaClient;
  constructor(db: PrismaClient) {
    this.db = db;
  }

  async rename(input: Input) {
    const p = await this.db.project.create({ data: { organizationId: input.orgId } });
    await this.db.project.update({ where: { id: p.id }, data: { name: input.title } });
  }
}

export async function withContext(ctx: Ctx, input: Input) {
  const p = await ctx.db.project.create({ data: { organizationId: input.orgId } });
  await ctx.db.task.create({ data: { title: input.title, projectId: p.id } });
}
