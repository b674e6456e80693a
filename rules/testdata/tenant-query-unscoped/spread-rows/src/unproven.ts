import { db } from "./db";

type Budget = { id: string; organizationId: string; spent?: number };

// The near misses: each copy may carry another row's id.
export class NearMisses {
  constructor(private readonly prisma: typeof db, private readonly otherId: string, private readonly others: Budget[]) {}

  // A spread followed by another id.
  async overridden(id: string, organizationId: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) return null;
    return [budget].map((b) => ({ ...b, id: this.otherId }))[0] ?? budget;
  }

  // A map over another list.
  async otherList(id: string, organizationId: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) return null;
    return this.others.map((b) => ({ ...b }))[0] ?? budget;
  }

  // `x ?? other`: the fallback is not the copied row.
  async otherFallback(id: string, organizationId: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    const other = this.others[0];
    if (!budget) return null;
    return [budget].map((b) => ({ ...b }))[0] ?? other;
  }

  private async decorate(budgets: Budget[]) {
    if (budgets.length > 1) return this.others;
    return budgets.map((b) => ({ ...b, spent: 0 }));
  }

  // A callee that may return a different list.
  async viaCallee(id: string, organizationId: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) return null;
    const [decorated] = await this.decorate([budget]);
    return decorated ?? budget;
  }

  private async grow(budgets: Budget[]) {
    budgets.unshift(...this.others);
    return budgets;
  }

  // A callee that puts another row in the list.
  async viaGrown(id: string, organizationId: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) return null;
    const [decorated] = await this.grow([budget]);
    return decorated ?? budget;
  }

  private async alias(budgets: Budget[]) {
    const all = budgets;
    all[0] = this.others[0];
    return budgets;
  }

  // A callee that replaces an element through another name.
  async viaAlias(id: string, organizationId: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) return null;
    const [decorated] = await this.alias([budget]);
    return decorated ?? budget;
  }

  private async spread(budgets: Budget[]) {
    return budgets.map((b) => ({ ...b }));
  }

  // The async callee's promise, not awaited, has no id.
  async notAwaited(id: string, organizationId: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) return null;
    const decorated = (this.spread([budget]) as unknown as Budget[])[0];
    return decorated ?? budget;
  }

  async reset(id: string, organizationId: string, bucket: string) {
    const a = await this.overridden(id, organizationId);
    if (!a) throw new Error("not found");
    await this.prisma.boundary.deleteMany({ where: { budgetId: a.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
    const b = await this.otherList(id, organizationId);
    if (!b) throw new Error("not found");
    await this.prisma.boundary.deleteMany({ where: { budgetId: b.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
    const c = await this.otherFallback(id, organizationId);
    if (!c) throw new Error("not found");
    await this.prisma.boundary.deleteMany({ where: { budgetId: c.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
    const d = await this.viaCallee(id, organizationId);
    if (!d) throw new Error("not found");
    await this.prisma.boundary.deleteMany({ where: { budgetId: d.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
    const e = await this.viaGrown(id, organizationId);
    if (!e) throw new Error("not found");
    await this.prisma.boundary.deleteMany({ where: { budgetId: e.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
    const g = await this.viaAlias(id, organizationId);
    if (!g) throw new Error("not found");
    await this.prisma.boundary.deleteMany({ where: { budgetId: g.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
    const f = await this.notAwaited(id, organizationId);
    if (!f) throw new Error("not found");
    await this.prisma.boundary.deleteMany({ where: { budgetId: f.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
  }
}

// A method that writes the key by a subscript, of the rows it is handed,
// before copying them: the copy and the row itself carry another id.
// Twin: a subscript by a number, an element of a list of its own.
export class SubscriptWrites {
  constructor(private readonly prisma: typeof db, private readonly otherId: string) {}

  private stamp(budgets: Budget[]): Budget[] {
    budgets.forEach((b) => {
      b["id"] = this.otherId;
    });
    return budgets.map((b) => ({ ...b, spent: 1 }));
  }

  private count(budgets: Budget[]): Budget[] {
    const seen: number[] = [];
    seen[0] = budgets.length;
    return budgets.map((b) => ({ ...b, spent: seen[0] }));
  }

  async stamped(id: string, organizationId: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) return null;
    const [decorated] = this.stamp([budget]);
    return decorated ?? budget;
  }

  async counted(id: string, organizationId: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) return null;
    const [decorated] = this.count([budget]);
    return decorated ?? budget;
  }

  async reset(id: string, organizationId: string, bucket: string) {
    const a = await this.stamped(id, organizationId);
    if (!a) throw new Error("not found");
    await this.prisma.boundary.deleteMany({ where: { budgetId: a.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
    const b = await this.counted(id, organizationId);
    if (!b) throw new Error("not found");
    await this.prisma.boundary.deleteMany({ where: { budgetId: b.id, bucketScopeId: bucket } });
  }
}

// A copying method a subclass overrides: Sub's instances run its own,
// which hands back other rows, and may override get or getPrivately
// too. Twin: the same method, private, called from a private method, in a class
// no subclass overrides it in.
export class Overridable {
  constructor(protected readonly prisma: typeof db, protected readonly others: Budget[]) {}

  protected decorate(budgets: Budget[]): Budget[] {
    return budgets.map((b) => ({ ...b, spent: 1 }));
  }

  private decoratePrivately(budgets: Budget[]): Budget[] {
    return budgets.map((b) => ({ ...b, spent: 1 }));
  }

  async get(id: string, organizationId: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) return null;
    const [decorated] = this.decorate([budget]);
    return decorated ?? budget;
  }

  async getPrivately(id: string, organizationId: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) return null;
    const [decorated] = this.decoratePrivately([budget]);
    return decorated ?? budget;
  }

  // getOwnPrivately is the near miss: getPrivately is public, and a
  // subclass may override it too.
  private async getOwnPrivately(id: string, organizationId: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) return null;
    const [decorated] = this.decoratePrivately([budget]);
    return decorated ?? budget;
  }

  async reset(id: string, organizationId: string, bucket: string) {
    const a = await this.get(id, organizationId);
    if (!a) throw new Error("not found");
    await this.prisma.boundary.deleteMany({ where: { budgetId: a.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
    const b = await this.getPrivately(id, organizationId);
    if (!b) throw new Error("not found");
    await this.prisma.boundary.deleteMany({ where: { budgetId: b.id, bucketScopeId: bucket } }); // want "deleteMany on tenant-scoped \"Boundary\" does not filter by the tenant"
    const c = await this.getOwnPrivately(id, organizationId);
    if (!c) throw new Error("not found");
    await this.prisma.boundary.deleteMany({ where: { budgetId: c.id, bucketScopeId: bucket } });
  }
}

export class OverridingSub extends Overridable {
  protected decorate(budgets: Budget[]): Budget[] {
    return this.others;
  }
}
