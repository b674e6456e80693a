declare const prisma: any;

// A method replaced on an instance through a computed key whose name the
// file gives in a list: that instance runs the replacement.
export class KeyedStore {
  async remove(id: string, projectId: string) {
    await this.ensureKeyedOwn(id, projectId);
    return prisma.guardrail.delete({ where: { id } }); // want "delete on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  async ensureKeyedOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}

// Near miss: a member read through a computed key, never set.
export class KeyedRead {
  async remove(id: string, projectId: string) {
    await this.ensureKeyedRead(id, projectId);
    return prisma.guardrail.delete({ where: { id } });
  }

  async ensureKeyedRead(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}
