declare const prisma: any;

// Extended with a comment between extends and the name: the subclass's
// override runs all the same.
export class CommentedStore {
  async remove(id: string, projectId: string) {
    await this.ensureCommentedOwn(id, projectId);
    return prisma.guardrail.delete({ where: { id } }); // want "delete on tenant-scoped \"Guardrail\" does not filter by the tenant"
  }

  async ensureCommentedOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}

export class TrustingCommented extends /* kept for the v1 API */ CommentedStore {
  async ensureCommentedOwn() {}
}

// Near miss: named in a comment beside an extends clause of another
// class, never extended.
export class CommentedSealed {
  async remove(id: string, projectId: string) {
    await this.ensureCommentedSealed(id, projectId);
    return prisma.guardrail.delete({ where: { id } });
  }

  async ensureCommentedSealed(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
  }
}

export class Unrelated extends Error {} // unlike CommentedSealed
