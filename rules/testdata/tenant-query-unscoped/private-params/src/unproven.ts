import { db } from "./db";

// A second call passing a row found by its id alone.
export class TwoCallers {
  constructor(private readonly prisma: typeof db) {}

  private async clearBucket(budget: { id: string }, bucket: string) {
    await this.prisma.boundary.deleteMany({ where: { budgetId: budget.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
  }

  async clear(id: string, organizationId: string, bucket: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) throw new Error("not found");
    await this.clearBucket(budget, bucket);
  }

  async clearAny(id: string, bucket: string) {
    const budget = await this.prisma.budget.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Budget\" does not filter by the tenant"
    if (!budget) throw new Error("not found");
    await this.clearBucket(budget, bucket);
  }
}

// A public method: anything outside the class may call it.
export class PublicMethod {
  constructor(private readonly prisma: typeof db) {}

  async clearBucket(budget: { id: string }, bucket: string) {
    await this.prisma.boundary.deleteMany({ where: { budgetId: budget.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
  }

  async clear(id: string, organizationId: string, bucket: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) throw new Error("not found");
    await this.clearBucket(budget, bucket);
  }
}

// The row changed before the call, in the caller or in the method.
export class Changed {
  constructor(private readonly prisma: typeof db) {}

  private async clearBucket(budget: { id: string }, bucket: string) {
    await this.prisma.boundary.deleteMany({ where: { budgetId: budget.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
  }

  private async moveBucket(params: { row: { id: string }; bucket: string }) {
    params.row = { id: params.bucket };
    const { row } = params;
    await this.prisma.boundary.updateMany({ where: { budgetId: row.id, bucketScopeId: params.bucket }, data: { periodStartedAt: new Date() } }); // want "updateMany on tenant-scoped \"Boundary\" does not filter by the tenant"
  }

  async clear(id: string, organizationId: string, bucket: string, other: { id: string }) {
    let budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) throw new Error("not found");
    await this.moveBucket({ row: budget, bucket });
    budget = other;
    await this.clearBucket(budget, bucket);
  }
}

// The method handed out: a caller the class does not show.
export class HandedOut {
  constructor(private readonly prisma: typeof db) {}

  private async clearBucket(budget: { id: string }, bucket: string) {
    await this.prisma.boundary.deleteMany({ where: { budgetId: budget.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
  }

  async clear(id: string, organizationId: string, bucket: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) throw new Error("not found");
    await this.clearBucket(budget, bucket);
    return this.clearBucket.bind(this);
  }
}
