declare const prisma: any;

// A #private helper: no subclass, prototype or instance can replace it,
// so its lookup with the project proves the caller's id.
export class HashPrivateStore {
  async remove(id: string, projectId: string) {
    await this.#ensureOwn(id, projectId);
    return prisma.guardrail.delete({ where: { id } });
  }

  async rename(id: string, projectId: string, name: string) {
    const existing = await this.#requireOwn(id, projectId);
    return prisma.guardrail.update({ where: { id: existing.id }, data: { name } });
  }

  // The same through one that does not look with the project.
  async removeUnchecked(id: string, projectId: string) {
    await this.#ensureAny(id, projectId);
    return prisma.guardrail.delete({ where: { id } }); // want "delete on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  async #ensureOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }

  async #requireOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
    return row;
  }

  async #ensureAny(id: string, projectId: string) {
    const row = await prisma.guardrail.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Guardrail\" does not filter by the tenant"
    if (!row) throw new Error(projectId);
  }
}

export class HashPrivateChild extends HashPrivateStore {}
