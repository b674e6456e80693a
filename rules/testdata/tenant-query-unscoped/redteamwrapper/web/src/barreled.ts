import { prisma } from "./db";
import { getAutomations } from "./barrel";
import { getAutomations as filtered } from "./plainbarrel";

// Two modules of the barrel export the name, one in UTF-16, whose bytes
// do not spell it: TypeScript reads that file too, the name is ambiguous.
export async function recordBarreled(projectId: string, ids: string[]) {
  const automations = await getAutomations({ projectId, ids });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } }); // want "links a \"Automation\" by \"automationId\" alone"
}

// The other module of this barrel is UTF-8 text that does not spell the
// name: the filtering helper is the one read.
export async function recordPlainBarrel(projectId: string, ids: string[]) {
  const automations = await filtered({ projectId, ids });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } });
}
