declare const prisma: any;

// A method replaced on an instance, in another file, by Object.assign of
// an object given by name: that instance runs the replacement.
export class AssignedByName {
  async remove(id: string, projectId: string) {
    await this.ensureAssignedByName(id, projectId);
    return prisma.guardrail.delete({ where: { id } }); // want "delete on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  async ensureAssignedByName(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}

// Near miss: the object assigned by name holds other keys only.
export class AssignedOther {
  async remove(id: string, projectId: string) {
    await this.ensureAssignedOther(id, projectId);
    return prisma.guardrail.delete({ where: { id } });
  }

  async ensureAssignedOther(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}
