declare const prisma: any;

// A class expression under another name, extended by that name: the
// subclass's override runs all the same.
export const ExpressedStore = class GuardrailImpl {
  async remove(id: string, projectId: string) {
    await this.ensureExpressedOwn(id, projectId);
    return prisma.guardrail.delete({ where: { id } }); // want "delete on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  async ensureExpressedOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
};

export class TrustingExpressed extends ExpressedStore {
  async ensureExpressedOwn() {}
}

// Near miss: a class expression nothing extends.
export const SealedExpressed = class SealedImpl {
  async remove(id: string, projectId: string) {
    await this.ensureSealedExpressed(id, projectId);
    return prisma.guardrail.delete({ where: { id } });
  }

  async ensureSealedExpressed(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
};
