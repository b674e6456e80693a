import { prisma } from "./db";
import { getAutomations } from "@acme/shared/good";
import { getAutomations as duplicated } from "@acme/shared/dup";
import { getAutomations as conditionTwice } from "@acme/shared/cond";
import { getAutomations as lastGood } from "@acme/shared/last";
import { getAutomations as nested } from "@acme/shared/nested";
import { getAutomations as fallback } from "@acme/shared/fallback";
import { getAutomations as cased } from "@acme/shared/cased";
import { getAutomations as escapedCondition } from "@acme/shared/escaped";
import { getAutomations as starred } from "@acme/shared/star/good";

// The export names the build of the helper that filters by the project.
export async function recordExecution(projectId: string, ids: string[]) {
  const automations = await getAutomations({ projectId, ids });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } });
}

// The subpath is exported twice: node and TypeScript read package.json
// as JSON.parse does, the last value kept, the helper giving back its
// input.
export async function recordDuplicated(projectId: string, ids: string[]) {
  const automations = await duplicated({ projectId, ids });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } }); // want "links a \"Automation\" by \"automationId\" alone"
}

// A condition named twice: its last value is the one resolved.
export async function recordConditionTwice(projectId: string, ids: string[]) {
  const automations = await conditionTwice({ projectId, ids });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } }); // want "links a \"Automation\" by \"automationId\" alone"
}

// Exported twice, the last value naming the helper that filters.
export async function recordLastGood(projectId: string, ids: string[]) {
  const automations = await lastGood({ projectId, ids });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } });
}

// A nested node condition beside a default naming another file.
export async function recordNested(projectId: string, ids: string[]) {
  const automations = await nested({ projectId, ids });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } }); // want "links a \"Automation\" by \"automationId\" alone"
}

// A fallback array: which target runs depends on which one exists.
export async function recordFallback(projectId: string, ids: string[]) {
  const automations = await fallback({ projectId, ids });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } }); // want "links a \"Automation\" by \"automationId\" alone"
}

// A condition spelled in other case is another condition, not modelled.
export async function recordCased(projectId: string, ids: string[]) {
  const automations = await cased({ projectId, ids });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } }); // want "links a \"Automation\" by \"automationId\" alone"
}

// A condition named by an escape is `import`, its file another.
export async function recordEscapedCondition(projectId: string, ids: string[]) {
  const automations = await escapedCondition({ projectId, ids });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } }); // want "links a \"Automation\" by \"automationId\" alone"
}

// A pattern export naming the build of the filtering helper.
export async function recordStarred(projectId: string, ids: string[]) {
  const automations = await starred({ projectId, ids });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } });
}
