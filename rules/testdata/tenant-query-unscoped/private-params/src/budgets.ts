import { db } from "./db";

// A row handed to a private method: proven by every call of it.
export class BudgetService {
  constructor(private readonly prisma: typeof db) {}

  private async resetBucket(params: { existing: { id: string }; organizationId: string; bucket: string }) {
    const { existing, organizationId } = params;
    await this.prisma.$transaction(async (tx) => {
      await tx.boundary.upsert({
        where: { budgetId_bucketScopeId: { budgetId: existing.id, bucketScopeId: params.bucket } },
        create: { organizationId, budgetId: existing.id, bucketScopeId: params.bucket, periodStartedAt: new Date() },
        update: { periodStartedAt: new Date() },
      });
    });
  }

  async reset(input: { id: string; organizationId: string; bucket: string }) {
    const existing = await this.prisma.budget.findFirst({ where: { id: input.id, organizationId: input.organizationId } });
    if (!existing) throw new Error("not found");
    await this.resetBucket({ existing, organizationId: input.organizationId, bucket: input.bucket });
  }

  // The row given positionally, and renamed by the pattern.
  private async clearBucket(budget: { id: string }, bucket: string) {
    await this.prisma.boundary.deleteMany({ where: { budgetId: budget.id, bucketScopeId: bucket } });
  }

  private async moveBucket(params: { row: { id: string }; bucket: string }) {
    const { row: budget } = params;
    await this.prisma.boundary.updateMany({ where: { budgetId: budget.id, bucketScopeId: params.bucket }, data: { periodStartedAt: new Date() } });
  }

  async clear(id: string, organizationId: string, bucket: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) throw new Error("not found");
    await this.clearBucket(budget, bucket);
    await this.moveBucket({ row: budget, bucket });
  }
}

// An ES private method (#name).
export class HashService {
  constructor(private readonly prisma: typeof db) {}

  async #clearBucket(budget: { id: string }, bucket: string) {
    await this.prisma.boundary.deleteMany({ where: { budgetId: budget.id, bucketScopeId: bucket } });
  }

  async clear(id: string, organizationId: string, bucket: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) throw new Error("not found");
    await this.#clearBucket(budget, bucket);
  }
}
