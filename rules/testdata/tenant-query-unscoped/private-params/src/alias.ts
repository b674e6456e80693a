import { db } from "./db";

// this handed out as a value: self[name] reaches any member.
export class SelfAlias {
  constructor(private readonly prisma: typeof db) {}

  private async clearBucket(budget: { id: string }, bucket: string) {
    await this.prisma.boundary.deleteMany({ where: { budgetId: budget.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
  }

  async clear(id: string, organizationId: string, bucket: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) throw new Error("not found");
    await this.clearBucket(budget, bucket);
  }

  dispatch(op: string, other: { id: string }) {
    const self: any = this;
    return self[op](other, "all");
  }
}
