import { db } from "./db";

// A private method another file reaches by name (crossfile-caller.ts),
// and one whose caller changes the row before the method reads it, past
// its first await. Twins: a method no other file names, awaited at once.
export class CrossFile {
  constructor(private readonly prisma: typeof db) {}

  private async dropBoundary(budget: { id: string }, bucket: string) {
    await this.prisma.boundary.deleteMany({ where: { budgetId: budget.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
  }

  private async dropLater(budget: { id: string }, bucket: string) {
    await new Promise((r) => setTimeout(r, 1));
    await this.prisma.boundary.deleteMany({ where: { budgetId: budget.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
  }

  private async dropOwn(budget: { id: string }, bucket: string) {
    await new Promise((r) => setTimeout(r, 1));
    await this.prisma.boundary.deleteMany({ where: { budgetId: budget.id, bucketScopeId: bucket } });
  }

  async drop(id: string, organizationId: string, bucket: string, otherId: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) throw new Error("not found");
    await this.dropBoundary(budget, bucket);
    const later = this.dropLater(budget, bucket);
    budget.id = otherId;
    await later;
  }

  async dropAwaited(id: string, organizationId: string, bucket: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) throw new Error("not found");
    await this.dropOwn(budget, bucket);
  }
}

// A method that reads the row before any await of its own runs it while
// called; one called in an awaited Promise.all reads it before the other
// elements run, unless another element names the row. Twin: one that
// does.
export class Gathered {
  constructor(private readonly prisma: typeof db) {}

  private dropNow(budget: { id: string }, bucket: string) {
    return this.prisma.boundary.deleteMany({ where: { budgetId: budget.id, bucketScopeId: bucket } });
  }

  private async dropGathered(budget: { id: string }, bucket: string) {
    await new Promise((r) => setTimeout(r, 1));
    await this.prisma.boundary.deleteMany({ where: { budgetId: budget.id, bucketScopeId: bucket } });
  }

  private async dropRenamed(budget: { id: string }, bucket: string) {
    await new Promise((r) => setTimeout(r, 1));
    await this.prisma.boundary.deleteMany({ where: { budgetId: budget.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
  }

  async drop(id: string, organizationId: string, bucket: string, otherId: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) throw new Error("not found");
    const done = this.dropNow(budget, bucket);
    await Promise.all([this.dropGathered(budget, bucket), this.prisma.budget.count({ where: { organizationId } })]);
    await done;
  }

  async dropAll(id: string, organizationId: string, bucket: string, otherId: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) throw new Error("not found");
    await Promise.all([this.dropRenamed(budget, bucket), Object.assign(budget, { id: otherId })]);
  }
}
