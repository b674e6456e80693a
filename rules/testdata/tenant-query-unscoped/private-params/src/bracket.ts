import { db } from "./db";

// TypeScript lets obj["name"] read a private member outside its class.
export class ReadByString {
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

export async function clearByString(other: { id: string }) {
  await new ReadByString(db)["clearBucket"](other, "all");
}
