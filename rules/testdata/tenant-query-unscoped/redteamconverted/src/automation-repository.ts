import { prisma } from "./db";
import { z } from "zod";

type Trigger = { id: string; projectId: string; eventSource: string };
type Action = { id: string; projectId: string; config: unknown };

// Keeps the row's id: the legitimate converter.
const convertTriggerToDomain = (trigger: Trigger) => ({
  ...trigger,
  eventSource: trigger.eventSource as "prompt" | "project",
});

// Writes the id of the row it is handed.
function touch(row: { id: string }) {
  row.id = "other";
  return row.id;
}

// A sibling entry of the map literal hands the relation to a function
// that writes its id before the converter copies it.
export const getTouchedBefore = async ({ projectId }: { projectId: string }) => {
  const automations = await prisma.automation.findMany({ where: { projectId }, include: { trigger: true } });
  return automations.map((automation) => ({
    touched: touch(automation.trigger),
    trigger: convertTriggerToDomain(automation.trigger),
  }));
};

// A sibling entry writes the relation's id in place.
export const getWrittenBefore = async ({ projectId, other }: { projectId: string; other: string }) => {
  const automations = await prisma.automation.findMany({ where: { projectId }, include: { trigger: true } });
  return automations.map((automation) => ({
    written: (automation.trigger.id = other),
    trigger: convertTriggerToDomain(automation.trigger),
  }));
};

// A sibling entry assigns over the relation's id with Object.assign.
export const getAssignedBefore = async ({ projectId, other }: { projectId: string; other: string }) => {
  const automations = await prisma.automation.findMany({ where: { projectId }, include: { trigger: true } });
  return automations.map((automation) => ({
    assigned: Object.assign(automation.trigger, { id: other }),
    trigger: convertTriggerToDomain(automation.trigger),
  }));
};

// A sibling entry replaces the relation with another object.
export const getReplacedBefore = async ({ projectId, other }: { projectId: string; other: Trigger }) => {
  const automations = await prisma.automation.findMany({ where: { projectId }, include: { trigger: true } });
  return automations.map((automation) => ({
    replaced: (automation.trigger = other),
    trigger: convertTriggerToDomain(automation.trigger),
  }));
};

// Converters that give the key another value after the spread.
const convertComputed = (trigger: Trigger) => ({ ...trigger, ["id"]: "other" });
const convertGetter = (trigger: Trigger) => ({
  ...trigger,
  get id() {
    return "other";
  },
});
const convertLaterSpread = (trigger: Trigger, extra: { id: string }) => ({ ...trigger, ...extra });
const convertJsonSpread = (action: Action) => ({ ...action, ...(action.config as { id: string }) });
const convertCondSpread = (trigger: Trigger, other: string) => ({ ...trigger, ...(other !== "" && { id: other }) });
const convertAssigned = (trigger: Trigger, other: string) => Object.assign({}, trigger, { id: other });
const convertDefined = (trigger: Trigger) => {
  Object.defineProperty(trigger, "id", { value: "other" });
  return { ...trigger };
};
const convertReflected = (trigger: Trigger) => {
  Reflect.set(trigger, "id", "other");
  return { ...trigger };
};
const convertEscaped = (trigger: Trigger) => ({ ...trigger, i\u0064: "other" });
const convertQuoted = (trigger: Trigger) => ({ ...trigger, "i\x64": "other" });
const convertBranches = (trigger: Trigger, other: Trigger) => {
  if (trigger.eventSource === "prompt") {
    return { ...other };
  }
  return { ...trigger };
};
const convertAlias = (trigger: Trigger) => {
  const alias = trigger;
  alias.id = "other";
  return { ...trigger };
};
const convertArguments = function (trigger: Trigger, other: Trigger) {
  return { ...trigger, ...arguments[1] };
};

export const getRewritten = async ({ projectId, extra, other }: { projectId: string; extra: { id: string }; other: string }) => {
  const automations = await prisma.automation.findMany({ where: { projectId }, include: { trigger: true, action: true } });
  return automations.map((automation) => ({
    computed: convertComputed(automation.trigger),
    getter: convertGetter(automation.trigger),
    laterSpread: convertLaterSpread(automation.trigger, extra),
    jsonSpread: convertJsonSpread(automation.action),
    condSpread: convertCondSpread(automation.trigger, other),
    assigned: convertAssigned(automation.trigger, other),
  }));
};

export const getRewrittenMore = async ({ projectId, other }: { projectId: string; other: Trigger }) => {
  const automations = await prisma.automation.findMany({ where: { projectId }, include: { trigger: true } });
  return automations.map((automation) => ({
    defined: convertDefined(automation.trigger),
    reflected: convertReflected(automation.trigger),
    escaped: convertEscaped(automation.trigger),
    quoted: convertQuoted(automation.trigger),
    branches: convertBranches(automation.trigger, other),
    alias: convertAlias(automation.trigger),
    args: convertArguments(automation.trigger, other),
  }));
};

// A local converter of the same name shadows the file's.
export const getShadowed = async ({ projectId }: { projectId: string }) => {
  const convertTriggerToDomain = (trigger: Trigger) => ({ ...trigger, id: "other" });
  const automations = await prisma.automation.findMany({ where: { projectId }, include: { trigger: true } });
  return automations.map((automation) => ({
    trigger: convertTriggerToDomain(automation.trigger),
  }));
};

// The callback's parameter shadowed by the converter's argument.
export const getOtherRow = async ({ projectId, other }: { projectId: string; other: { trigger: Trigger } }) => {
  const automations = await prisma.automation.findMany({ where: { projectId }, include: { trigger: true } });
  return automations.map((automation) => ({
    trigger: convertTriggerToDomain(((automation) => automation.trigger)(other)),
  }));
};

// Schemas the converter parses with.
const PassthroughSchema = z.object({ id: z.string(), projectId: z.string() }).passthrough();
const ExtendedSchema = z.object({ projectId: z.string() }).extend({ id: z.string().transform(() => "other") });
const DefaultSchema = z.object({ id: z.string().default("other"), projectId: z.string() });
const CoercedSchema = z.object({ id: z.coerce.string(), projectId: z.string() });
const TrimmedSchema = z.object({ id: z.string().trim().toLowerCase(), projectId: z.string() });
const CatchSchema = z.object({ id: z.string().catch("other"), projectId: z.string() });
const UnionSchema = z.union([z.object({ id: z.string() }), z.object({ id: z.literal("x").transform(() => "other") })]);
const ShapedSchema = z.object({ id: z.string(), ...z.object({ id: z.string().transform(() => "other") }).shape });
let ReassignedSchema = z.object({ id: z.string(), projectId: z.string() });
ReassignedSchema = z.object({ id: z.string().transform(() => "other"), projectId: z.string() });
const PipedSchema = z.object({ id: z.string().pipe(z.string().transform(() => "other")), projectId: z.string() });
const OrSchema = z.object({ id: z.string().or(z.string().transform(() => "other")), projectId: z.string() });

export const getParsed = async ({ projectId }: { projectId: string }) => {
  const automations = await prisma.automation.findMany({ where: { projectId }, include: { trigger: true } });
  return automations.map((automation) => ({
    passthrough: ((t: Trigger) => PassthroughSchema.parse(t))(automation.trigger),
    extended: convertExtended(automation.trigger),
    defaulted: convertDefault(automation.trigger),
    coerced: convertCoerced(automation.trigger),
    trimmed: convertTrimmed(automation.trigger),
    caught: convertCatch(automation.trigger),
    union: convertUnion(automation.trigger),
    shaped: convertShaped(automation.trigger),
    reassigned: convertReassigned(automation.trigger),
    piped: convertPiped(automation.trigger),
    or: convertOr(automation.trigger),
    safe: convertSafe(automation.trigger),
  }));
};
const convertExtended = (t: Trigger) => ExtendedSchema.parse(t);
const convertDefault = (t: Trigger) => DefaultSchema.parse(t);
const convertCoerced = (t: Trigger) => CoercedSchema.parse(t);
const convertTrimmed = (t: Trigger) => TrimmedSchema.parse(t);
const convertCatch = (t: Trigger) => CatchSchema.parse(t);
const convertUnion = (t: Trigger) => UnionSchema.parse(t);
const convertShaped = (t: Trigger) => ShapedSchema.parse(t);
const convertReassigned = (t: Trigger) => ReassignedSchema.parse(t);
const convertPiped = (t: Trigger) => PipedSchema.parse(t);
const convertOr = (t: Trigger) => OrSchema.parse(t);
// The safe parse's data used unchecked: undefined on a failure, so the
// caller's read throws; with a transforming schema, another id.
const convertSafe = (t: Trigger) => ExtendedSchema.safeParse(t).data;
