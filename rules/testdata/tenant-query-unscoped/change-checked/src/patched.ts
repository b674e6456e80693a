declare const prisma: any;

// A method replaced on the prototype in another file: every instance
// runs the replacement, which checks nothing.
export class PatchedStore {
  async remove(id: string, projectId: string) {
    await this.ensurePatchedStore(id, projectId);
    return prisma.guardrail.delete({ where: { id } }); // want "delete on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  async ensurePatchedStore(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}

export class DefinedStore {
  async remove(id: string, projectId: string) {
    await this.ensureDefinedStore(id, projectId);
    return prisma.guardrail.delete({ where: { id } }); // want "delete on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  async ensureDefinedStore(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}

// A TypeScript private method is replaceable through the prototype too.
export class PrivatelyPatched {
  async remove(id: string, projectId: string) {
    await this.ensurePrivatelyPatched(id, projectId);
    return prisma.guardrail.delete({ where: { id } }); // want "delete on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  private async ensurePrivatelyPatched(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}

// A method replaced on an instance, in another file: that instance runs
// the replacement.
export class InstancePatched {
  async remove(id: string, projectId: string) {
    await this.ensureInstanceOwn(id, projectId);
    return prisma.guardrail.delete({ where: { id } }); // want "delete on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  async ensureInstanceOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}

export class InstanceDefined {
  async remove(id: string, projectId: string) {
    await this.ensureDefinedOwn(id, projectId);
    return prisma.guardrail.delete({ where: { id } }); // want "delete on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  async ensureDefinedOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}
