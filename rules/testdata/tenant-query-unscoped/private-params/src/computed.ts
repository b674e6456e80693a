import { db } from "./db";

// this[name] reaches any member of the class.
export class ComputedName {
  constructor(private readonly prisma: typeof db) {}

  private async clearBucket(budget: { id: string }, bucket: string) {
    await this.prisma.boundary.deleteMany({ where: { budgetId: budget.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
  }

  async clear(id: string, organizationId: string, bucket: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) throw new Error("not found");
    await this.clearBucket(budget, bucket);
  }

  async run(verb: string, other: { id: string }) {
    await (this as any)[verb + "Bucket"](other, "all");
  }
}
