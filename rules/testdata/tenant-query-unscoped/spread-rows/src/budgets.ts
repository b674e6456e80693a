import { db } from "./db";

type Budget = { id: string; organizationId: string; spent?: number };

// LangWatch's budgets: the found row, or a copy of it a private method
// decorates (`{ ...b, … }` spreads of the one-row list it is handed).
export class BudgetService {
  constructor(private readonly prisma: typeof db, private readonly ch?: { spend(ids: string[]): Promise<Map<string, number>> }) {}

  private async applySpend(budgets: Budget[], organizationId: string): Promise<Budget[]> {
    const { budgets: decorated } = await this.applySpendWithHealth(budgets, organizationId);
    return decorated;
  }

  private async applySpendWithHealth(budgets: Budget[], organizationId: string) {
    if (budgets.length === 0) return { budgets, available: true };
    if (!this.ch) return { budgets, available: false };
    const spends = await this.ch.spend(budgets.map((b) => b.id));
    return {
      available: true,
      budgets: budgets.map((b) => {
        const seen = spends.get(b.id);
        const withSeats: Budget = seen ? { ...b, spent: seen } : b;
        if (seen === undefined) return withSeats;
        return { ...withSeats, spent: seen, organizationId };
      }),
    };
  }

  async get(id: string, organizationId: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) return null;
    const [decorated] = await this.applySpend([budget], organizationId);
    return decorated ?? budget;
  }

  // An element by index of a mapped one-row list.
  async first(id: string, organizationId: string) {
    const budget = await this.prisma.budget.findFirst({ where: { id, organizationId } });
    if (!budget) return null;
    return [budget].map((b) => ({ ...b, spent: 0 }))[0] ?? budget;
  }

  async reset(id: string, organizationId: string, bucket: string) {
    const existing = await this.get(id, organizationId);
    if (!existing) throw new Error("not found");
    await this.prisma.boundary.deleteMany({ where: { budgetId: existing.id, bucketScopeId: bucket } });
  }

  async resetFirst(id: string, organizationId: string, bucket: string) {
    const existing = await this.first(id, organizationId);
    if (!existing) throw new Error("not found");
    await this.prisma.boundary.deleteMany({ where: { budgetId: existing.id, bucketScopeId: bucket } });
  }
}
