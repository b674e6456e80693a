declare const prisma: any;

// Extended in another file under the name it is imported as: the
// subclass's override runs all the same.
export class RenamedStore {
  async remove(id: string, projectId: string) {
    await this.ensureRenamedOwn(id, projectId);
    return prisma.guardrail.delete({ where: { id } }); // want "delete on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  async ensureRenamedOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}

// Near miss: imported under another name, never extended.
export class RenamedOnly {
  async remove(id: string, projectId: string) {
    await this.ensureRenamedOnly(id, projectId);
    return prisma.guardrail.delete({ where: { id } });
  }

  async ensureRenamedOnly(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}
