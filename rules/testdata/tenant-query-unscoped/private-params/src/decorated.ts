import { db } from "./db";
declare function OnEvent(name: string): MethodDecorator;

// A decorator is handed the method and may register it as a handler of
// events from outside the class.
export class Decorated {
  constructor(private readonly prisma: typeof db) {}

  @OnEvent("bucket.clear")
  private async clearBucket(budget: { id: string }, bucket: string) {
    await this.prisma.boundary.deleteMany({ where: { budgetId: budget.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
  }

  async clear(id: string, organizationId: string, bucket: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) throw new Error("not found");
    await this.clearBucket(budget, bucket);
  }
}
