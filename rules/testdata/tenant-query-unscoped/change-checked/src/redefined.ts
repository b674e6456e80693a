declare const prisma: any;

// A method replaced on one instance, in another file, through
// Object.defineProperties: that instance runs the replacement.
export class ManyDefined {
  async remove(id: string, projectId: string) {
    await this.ensureManyDefined(id, projectId);
    return prisma.guardrail.delete({ where: { id } }); // want "delete on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  async ensureManyDefined(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}

// Near miss: a member of another name defined.
export class OtherDefined {
  async remove(id: string, projectId: string) {
    await this.ensureOtherDefined(id, projectId);
    return prisma.guardrail.delete({ where: { id } });
  }

  async ensureOtherDefined(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}
