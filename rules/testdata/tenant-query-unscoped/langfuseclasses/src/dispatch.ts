import { prisma } from "./db";
import { getAutomations, getAutomationsHanded, getAutomationsNewIds, getAutomationsParsed, getAutomationsUnread } from "./automation-repository";

// Every automation, its trigger and its action were found in the
// project: the converters keep their ids.
export async function dispatchToChannels({ projectId }: { projectId: string }) {
  const automations = await getAutomations({ projectId, eventSource: "project" });
  for (const automation of automations) {
    await prisma.execution.create({
      data: {
        projectId,
        automationId: automation.id,
        triggerId: automation.trigger.id,
        actionId: automation.action.id,
      },
    });
  }
}

// A converter that gives a fresh id, or one taken from the row's JSON:
// the key is no longer the row's.
export async function dispatchNewIds({ projectId }: { projectId: string }) {
  const automations = await getAutomationsNewIds({ projectId });
  for (const automation of automations) {
    await prisma.execution.create({
      data: {
        projectId,
        automationId: automation.id,
        triggerId: automation.trigger.id, // want "links a \"Trigger\" by \"triggerId\" alone"
        actionId: automation.action.id, // want "links a \"Action\" by \"actionId\" alone"
      },
    });
  }
}

// A converter the rule cannot read.
export async function dispatchUnread({ projectId }: { projectId: string }) {
  const automations = await getAutomationsUnread({ projectId });
  for (const automation of automations) {
    await prisma.execution.create({
      data: {
        projectId,
        triggerId: automation.trigger.id, // want "links a \"Trigger\" by \"triggerId\" alone"
      },
    });
  }
}

// A converter handing the row to a function that writes its id, or to
// one the rule cannot read.
export async function dispatchHanded({ projectId }: { projectId: string }) {
  const automations = await getAutomationsHanded({ projectId });
  for (const automation of automations) {
    await prisma.execution.create({
      data: {
        projectId,
        automationId: automation.id,
        triggerId: automation.trigger.id, // want "links a \"Trigger\" by \"triggerId\" alone"
        actionId: automation.action.id, // want "links a \"Action\" by \"actionId\" alone"
      },
    });
  }
}

// An object schema keeping the id copies it; one whose entry transforms
// it does not.
export async function dispatchParsed({ projectId }: { projectId: string }) {
  const automations = await getAutomationsParsed({ projectId });
  for (const automation of automations) {
    await prisma.execution.create({
      data: {
        projectId,
        automationId: automation.id,
        triggerId: automation.trigger.id,
        actionId: automation.action.id, // want "links a \"Action\" by \"actionId\" alone"
      },
    });
  }
}
