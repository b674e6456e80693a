import { prisma } from "./lib/db";

// The calls through a client handed out as a value are not seen.
async function updateWorkflowRow(delegate: any, id: string) {
  return delegate.update({ where: { id }, data: {} });
}

export async function handOut(id: string, model: string, organizationId: string) {
  await prisma.document.findMany({ where: { organizationId } });
  await updateWorkflowRow(prisma.workflow, id); // want "cannot follow the \"Workflow\" client handed out here; call prisma.workflow.<operation> directly, or ignore it with a reason$"
  const repo = prisma.document; // want "cannot follow the \"Document\" client handed out here; call prisma.document.<operation>"
  await repo.findMany({ where: { id } });
  const { document } = prisma; // want "cannot follow the \"Document\" client handed out here"
  const { workflow: flows, document: docs = repo } = prisma; // want "cannot follow the \"Workflow\" client" "cannot follow the \"Document\" client"
  await prisma["document"].findMany({ where: { id } }); // want "cannot follow the \"Document\" client handed out here"
  await prisma[`workflow`].delete({ where: { id } }); // want "cannot follow the \"Workflow\" client handed out here"
  await prisma[model].findMany({ where: { id } }); // want "cannot follow the model client a computed key picks from \"prisma\" here; call prisma.<model>.<operation> directly"
  const { [model]: chosen } = prisma; // want "cannot follow the model client a computed key picks from \"prisma\""
  const optional = prisma?.document; // want "cannot follow the \"Document\" client handed out here"
  return [document, flows, docs, chosen, optional];
}

// Every receiver the found calls use is a client: this.prisma, tx.
export class Documents {
  constructor(private prisma: any) {}

  async list(organizationId: string) {
    await this.prisma.document.findMany({ where: { organizationId } });
    return this.prisma.document; // want "cannot follow the \"Document\" client handed out here; call this.prisma.document.<operation>"
  }
}

export async function inTransaction(organizationId: string) {
  return prisma.$transaction(async (tx: any) => {
    await tx.workflow.findMany({ where: { organizationId } });
    return [tx.document]; // want "cannot follow the \"Document\" client handed out here; call tx.document.<operation>"
  });
}
