declare const prisma: any;

// Each proof below reads a helper method called on this. A subclass
// overrides every one of them, so for its instances the helper that runs
// is the override, which checks nothing: none of the proofs holds.
export class GuardrailStore {
  // The row a method found in the project (thisMethodRow).
  async rename(id: string, projectId: string, name: string) {
    const existing = await this.requireOwn(id, projectId);
    return prisma.guardrail.update({ where: { id: existing.id }, data: { name } }); // want "update on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  // A method that throws unless the project has the id (helperCallVerifies).
  async remove(id: string, projectId: string) {
    await this.ensureOwn(id, projectId);
    return prisma.guardrail.delete({ where: { id } }); // want "delete on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  // A method that finds by id and compares the project (comparedHelperVerified).
  async disable(id: string, projectId: string) {
    await this.assertSameProject(id, projectId);
    return prisma.guardrail.update({ where: { id }, data: { name: "disabled" } }); // want "update on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  // A method whose lookup comes back, the caller leaving without it
  // (testedHelperVerified).
  async enable(id: string, projectId: string) {
    const found = await this.lookupOwn(id, projectId);
    if (!found) throw new Error("not found");
    return prisma.guardrail.update({ where: { id }, data: { name: "enabled" } }); // want "update on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  async requireOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
    return row;
  }

  async ensureOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }

  async assertSameProject(id: string, projectId: string) {
    const row = await prisma.guardrail.findUnique({ where: { id } });
    if (!row || row.projectId !== projectId) throw new Error("not found");
  }

  async lookupOwn(id: string, projectId: string) {
    return prisma.guardrail.findFirst({ where: { id, projectId } });
  }
}

export class TrustingGuardrails extends GuardrailStore {
  async requireOwn(id: string) {
    return { id };
  }

  async ensureOwn() {}

  async assertSameProject() {}

  async lookupOwn(id: string) {
    return { id };
  }
}

// Near miss: the same helpers private, which no subclass can override.
export class SealedGuardrailStore {
  async rename(id: string, projectId: string, name: string) {
    const existing = await this.requireOwn(id, projectId);
    return prisma.guardrail.update({ where: { id: existing.id }, data: { name } });
  }

  async remove(id: string, projectId: string) {
    await this.ensureOwn(id, projectId);
    return prisma.guardrail.delete({ where: { id } });
  }

  async disable(id: string, projectId: string) {
    await this.assertSameProject(id, projectId);
    return prisma.guardrail.update({ where: { id }, data: { name: "disabled" } });
  }

  async enable(id: string, projectId: string) {
    const found = await this.lookupOwn(id, projectId);
    if (!found) throw new Error("not found");
    return prisma.guardrail.update({ where: { id }, data: { name: "enabled" } });
  }

  private async requireOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
    return row;
  }

  private async ensureOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }

  private async assertSameProject(id: string, projectId: string) {
    const row = await prisma.guardrail.findUnique({ where: { id } });
    if (!row || row.projectId !== projectId) throw new Error("not found");
  }

  private async lookupOwn(id: string, projectId: string) {
    return prisma.guardrail.findFirst({ where: { id, projectId } });
  }
}

export class SealedChild extends SealedGuardrailStore {}

// Extended through a mixin, or under another name: the subclass's
// override runs all the same.
export class MixedStore {
  async remove(id: string, projectId: string) {
    await this.ensureOwn(id, projectId);
    return prisma.guardrail.delete({ where: { id } }); // want "delete on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  async ensureOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}

function Timestamped<T extends new (...args: any[]) => object>(base: T) {
  return class extends base {
    stamp = Date.now();
  };
}

export class TrustingMixed extends Timestamped(MixedStore) {
  async ensureOwn() {}
}

export class AliasedStore {
  async remove(id: string, projectId: string) {
    await this.ensureOwn(id, projectId);
    return prisma.guardrail.delete({ where: { id } }); // want "delete on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  async ensureOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}

const Store = AliasedStore;

export class TrustingAliased extends Store {
  async ensureOwn() {}
}
