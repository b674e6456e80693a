import { db } from "./db";

// A member called by a computed name outside the class: any of them.
export class Dispatched {
  constructor(private readonly prisma: typeof db) {}

  private async clearBucket(budget: { id: string }, bucket: string) {
    await this.prisma.boundary.deleteMany({ where: { budgetId: budget.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
  }

  async clear(id: string, organizationId: string, bucket: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) throw new Error("not found");
    await this.clearBucket(budget, bucket);
  }
}

export async function dispatch(op: string, other: { id: string }) {
  const service: any = new Dispatched(db);
  await service[op](other, "all");
}
