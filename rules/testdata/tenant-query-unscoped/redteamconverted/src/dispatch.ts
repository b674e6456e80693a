import { prisma } from "./db";
import { getAssignedBefore, getOtherRow, getParsed, getReplacedBefore, getRewritten, getRewrittenMore, getShadowed, getTouchedBefore, getWrittenBefore } from "./automation-repository";

export async function touchedBefore(projectId: string, other: any) {
  const automations = await getTouchedBefore({ projectId });
  for (const automation of automations) {
    await prisma.execution.create({ data: { projectId, triggerId: automation.trigger.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
  }
}

export async function writtenBefore(projectId: string, other: any) {
  const automations = await getWrittenBefore({ projectId, other });
  for (const automation of automations) {
    await prisma.execution.create({ data: { projectId, triggerId: automation.trigger.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
  }
}

export async function assignedBefore(projectId: string, other: any) {
  const automations = await getAssignedBefore({ projectId, other });
  for (const automation of automations) {
    await prisma.execution.create({ data: { projectId, triggerId: automation.trigger.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
  }
}

export async function replacedBefore(projectId: string, other: any) {
  const automations = await getReplacedBefore({ projectId, other });
  for (const automation of automations) {
    await prisma.execution.create({ data: { projectId, triggerId: automation.trigger.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
  }
}

export async function rewritten(projectId: string, other: any) {
  const automations = await getRewritten({ projectId, extra: other, other });
  for (const automation of automations) {
    await prisma.execution.create({ data: { projectId, triggerId: automation.computed.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.getter.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.laterSpread.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, actionId: automation.jsonSpread.id } }); // want "links a \"Action\" by \"actionId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.condSpread.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.assigned.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
  }
}

export async function rewrittenMore(projectId: string, other: any) {
  const automations = await getRewrittenMore({ projectId, other });
  for (const automation of automations) {
    await prisma.execution.create({ data: { projectId, triggerId: automation.defined.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.reflected.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.escaped.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.quoted.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.branches.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.alias.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.args.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
  }
}

export async function shadowed(projectId: string, other: any) {
  const automations = await getShadowed({ projectId });
  for (const automation of automations) {
    await prisma.execution.create({ data: { projectId, triggerId: automation.trigger.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
  }
}

export async function otherRow(projectId: string, other: any) {
  const automations = await getOtherRow({ projectId, other });
  for (const automation of automations) {
    await prisma.execution.create({ data: { projectId, triggerId: automation.trigger.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
  }
}

export async function parsed(projectId: string, other: any) {
  const automations = await getParsed({ projectId });
  for (const automation of automations) {
    await prisma.execution.create({ data: { projectId, triggerId: automation.passthrough.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.extended.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.defaulted.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.coerced.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.trimmed.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.caught.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.union.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.shaped.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.reassigned.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.piped.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.or.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
    await prisma.execution.create({ data: { projectId, triggerId: automation.safe.id } }); // want "links a \"Trigger\" by \"triggerId\" alone"
  }
}

