declare const prisma: any;

type Input = { id: string; projectId: string; evaluatorId?: string };

// The shape of LangWatch's guardrail service: the row and the check are
// the class's private methods.
export class GuardrailService {
  async update(input: Input) {
    const existing = await this.requireOwn(input.id, input.projectId);
    if (input.evaluatorId !== undefined && input.evaluatorId !== existing.evaluatorId) {
      await this.assertEvaluatorInProject(input.evaluatorId, input.projectId);
    }
    await prisma.guardrail.update({ where: { id: existing.id }, data: { evaluatorId: input.evaluatorId ?? undefined } });
  }

  // A method's row found by id alone.
  async updateAny(input: Input) {
    const existing = await this.findAny(input.id);
    if (input.evaluatorId !== undefined && input.evaluatorId !== existing.evaluatorId) {
      await this.assertEvaluatorInProject(input.evaluatorId, input.projectId);
    }
    await prisma.guardrail.updateMany({ where: { id: input.id, projectId: input.projectId }, data: { evaluatorId: input.evaluatorId ?? undefined } }); // want "updateMany on \"Guardrail\" links a \"Evaluator\" by \"evaluatorId\" alone"
  }

  private async requireOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
    return row;
  }

  private async findAny(id: string) {
    const row = await prisma.guardrail.findFirst({ where: { id } }); // want "findFirst on tenant-scoped \"Guardrail\" does not filter"
    if (!row) throw new Error("not found");
    return row;
  }

  private async assertEvaluatorInProject(evaluatorId: string, projectId: string): Promise<void> {
    const evaluator = await prisma.evaluator.findFirst({ where: { id: evaluatorId, projectId }, select: { id: true } });
    if (!evaluator) throw new Error("not in this project");
  }
}
