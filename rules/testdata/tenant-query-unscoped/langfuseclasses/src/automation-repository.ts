import { prisma } from "./db";
import { sanitize, sanitizeInPlace } from "./unread";
import { z } from "zod";

type Trigger = { id: string; projectId: string; eventSource: string };
type Action = { id: string; projectId: string; config: unknown };

// The converters copy the row's fields into a domain object: the id is
// the row's, unchanged.
const convertTriggerToDomain = (trigger: Trigger) => {
  return {
    ...trigger,
    eventSource: trigger.eventSource as "prompt" | "project",
  };
};

// Reads fields of the action it is handed, and nothing else.
const convertToSafeActionConfig = (action: Action) => {
  if (typeof action.config !== "object") {
    throw new Error(`Action ${action.id} has no config`);
  }
  return JSON.stringify(action.config);
};

export const convertActionToDomain = (action: Action) => ({
  ...action,
  config: convertToSafeActionConfig(action),
});

// Writes the id of the row it is handed.
function touch(row: { id: string }) {
  row.id = "other";
}

const convertTouched = (trigger: Trigger) => {
  touch(trigger);
  return { ...trigger };
};

// Hands the row to a function the rule cannot read.
const convertSanitized = (action: Action) => {
  sanitizeInPlace(action);
  return { ...action };
};

const TriggerSchema = z.object({ id: z.string(), projectId: z.string(), eventSource: z.string() });
const RenamedActionSchema = z.object({ id: z.string().transform((id) => id.toUpperCase()), projectId: z.string() });

// Parsed by an object schema keeping the id, or by one rewriting it.
const convertTriggerParsed = (trigger: Trigger) => TriggerSchema.parse(trigger);
const convertActionRenamed = (action: Action) => RenamedActionSchema.parse({ ...action });

// Gives every domain object a fresh id: not the row's.
const convertWithNewId = (trigger: Trigger) => ({
  ...trigger,
  id: crypto.randomUUID(),
});

// Spreads the row but then takes the id from the config.
const convertIdFromConfig = (action: Action) => {
  const copy = { ...action };
  copy.id = String((action.config as { id: string }).id);
  return copy;
};

export const getAutomations = async ({ projectId, eventSource }: { projectId: string; eventSource?: string }) => {
  const automations = await prisma.automation.findMany({
    where: { projectId, ...(eventSource ? { trigger: { eventSource } } : {}) },
    include: { action: true, trigger: true },
  });
  return automations.map((automation) => ({
    id: automation.id,
    name: automation.name,
    trigger: convertTriggerToDomain(automation.trigger),
    action: convertActionToDomain(automation.action),
  }));
};

export const getAutomationsNewIds = async ({ projectId }: { projectId: string }) => {
  const automations = await prisma.automation.findMany({
    where: { projectId },
    include: { action: true, trigger: true },
  });
  return automations.map((automation) => ({
    id: automation.id,
    trigger: convertWithNewId(automation.trigger),
    action: convertIdFromConfig(automation.action),
  }));
};

export const getAutomationsUnread = async ({ projectId }: { projectId: string }) => {
  const automations = await prisma.automation.findMany({
    where: { projectId },
    include: { action: true, trigger: true },
  });
  return automations.map((automation) => ({
    id: automation.id,
    trigger: sanitize(automation.trigger),
  }));
};

export const getAutomationsHanded = async ({ projectId }: { projectId: string }) => {
  const automations = await prisma.automation.findMany({
    where: { projectId },
    include: { action: true, trigger: true },
  });
  return automations.map((automation) => ({
    id: automation.id,
    trigger: convertTouched(automation.trigger),
    action: convertSanitized(automation.action),
  }));
};

export const getAutomationsParsed = async ({ projectId }: { projectId: string }) => {
  const automations = await prisma.automation.findMany({
    where: { projectId },
    include: { action: true, trigger: true },
  });
  return automations.map((automation) => ({
    id: automation.id,
    trigger: convertTriggerParsed(automation.trigger),
    action: convertActionRenamed(automation.action),
  }));
};
