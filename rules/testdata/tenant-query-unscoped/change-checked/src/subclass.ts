declare const prisma: any;

type Input = { id: string; projectId: string; evaluatorId?: string };

// The stored row comes from a method a subclass overrides: for its
// instances it is whatever the override returns, any project's key.
export class GuardrailBase {
  async update(input: Input) {
    const existing = await this.requireOwn(input.id, input.projectId);
    if (input.evaluatorId !== undefined && input.evaluatorId !== existing.evaluatorId) {
      await this.assertEvaluatorInProject(input.evaluatorId, input.projectId);
    }
    await prisma.guardrail.updateMany({ where: { id: input.id, projectId: input.projectId }, data: { evaluatorId: input.evaluatorId ?? undefined } }); // want "updateMany on \"Guardrail\" links a \"Evaluator\" by \"evaluatorId\" alone"
  }

  async requireOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
    return row;
  }

  private async assertEvaluatorInProject(evaluatorId: string, projectId: string): Promise<void> {
    const evaluator = await prisma.evaluator.findFirst({ where: { id: evaluatorId, projectId }, select: { id: true } });
    if (!evaluator) throw new Error("not in this project");
  }
}

export class SharedGuardrails extends GuardrailBase {
  constructor(private readonly shared: { id: string; evaluatorId: string }) {
    super();
  }

  async requireOwn(id: string, projectId: string) {
    return this.shared;
  }
}

// Near miss: the same public method of a class nothing extends.
export class PlainGuardrails {
  async update(input: Input) {
    const existing = await this.requireOwn(input.id, input.projectId);
    if (input.evaluatorId !== undefined && input.evaluatorId !== existing.evaluatorId) {
      await this.assertEvaluatorInProject(input.evaluatorId, input.projectId);
    }
    await prisma.guardrail.updateMany({ where: { id: input.id, projectId: input.projectId }, data: { evaluatorId: input.evaluatorId ?? undefined } });
  }

  async requireOwn(id: string, projectId: string) {
    const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
    if (!row) throw new Error("not found");
    return row;
  }

  private async assertEvaluatorInProject(evaluatorId: string, projectId: string): Promise<void> {
    const evaluator = await prisma.evaluator.findFirst({ where: { id: evaluatorId, projectId }, select: { id: true } });
    if (!evaluator) throw new Error("not in this project");
  }
}
