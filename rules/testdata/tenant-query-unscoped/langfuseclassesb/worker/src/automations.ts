import { prisma } from "./db";
import { getAutomations } from "@acme/shared/src/server";
import { getAutomations as missing } from "@acme/shared/src/missing";
import { getAutomations as split } from "@acme/shared/src/split";
import { getAutomations as custom } from "@acme/shared/src/custom";
import { getAutomations as outside } from "@acme/shared/src/outside";
import { getAutomations as typed } from "@acme/shared/src/typed";
import { getAutomations as other } from "@acme/shared/src/other";
import { getAutomations as escaped } from "@acme/shared/src/escaped";

// The package's exports name its build output, which the repository does
// not hold; its tsconfig builds dist/ from the package's folder, so the
// helper is read in its source, through the server barrel of many modules.
// An importer under NodeNext resolves `import` or `require` as it is an ES
// module or not: both name the one file.
export async function recordExecution(projectId: string) {
  const automations = await getAutomations({ projectId });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } });
}

// No source where the build output would come from: nothing is read.
export async function recordMissing(projectId: string) {
  const automations = await missing({ projectId });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } }); // want "links a \"Automation\" by \"automationId\" alone"
}

// `import` and `require` name two files: which one runs depends on the
// importer's module kind, not decided here.
export async function recordSplit(projectId: string) {
  const automations = await split({ projectId });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } }); // want "links a \"Automation\" by \"automationId\" alone"
}

// A condition node may be started with (--conditions=development) names
// another file.
export async function recordCustom(projectId: string) {
  const automations = await custom({ projectId });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } }); // want "links a \"Automation\" by \"automationId\" alone"
}

// The export names a file outside the package.
export async function recordOutside(projectId: string) {
  const automations = await outside({ projectId });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } }); // want "links a \"Automation\" by \"automationId\" alone"
}

// The compiler reads the types' file, node runs the other.
export async function recordTyped(projectId: string) {
  const automations = await typed({ projectId });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } }); // want "links a \"Automation\" by \"automationId\" alone"
}

// Two modules of the barrel export the name, one through a re-export its
// text does not spell: TypeScript leaves the name out, nothing is read.
export async function recordOther(projectId: string) {
  const automations = await other({ projectId });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } }); // want "links a \"Automation\" by \"automationId\" alone"
}

// Two modules of the barrel export the name, one spelling it by an escape.
export async function recordEscaped(projectId: string) {
  const automations = await escaped({ projectId });
  if (automations.length !== 1) {
    throw new Error("expected one automation");
  }
  await prisma.automationExecution.create({ data: { projectId, automationId: automations[0].id } }); // want "links a \"Automation\" by \"automationId\" alone"
}
