declare const prisma: any;

// The default export, extended in another file under the name it is
// imported as: the subclass's override runs all the same.
export default class DefaultStore {
  async remove(id: string, projectId: string) {
    await this.ensureDefaultOwn(id, projectId);
    return prisma.guardrail.delete({ where: { id } }); // want "delete on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  async ensureDefaultOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}

// Near miss: a named export of the same module, imported beside the
// default, never extended.
export class DefaultSibling {
  async remove(id: string, projectId: string) {
    await this.ensureSiblingOwn(id, projectId);
    return prisma.guardrail.delete({ where: { id } });
  }

  async ensureSiblingOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}
