import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

// This module names none of its functions before its tests: a hoisted
// function's query runs after them.

// Quiet: proven set before the query.
let GUARDED_LET = process.env.GUARDED_LET_TEAM_ID;
if (!GUARDED_LET) throw new Error("GUARDED_LET_TEAM_ID is not set");
export async function guardedModuleLet() {
  return prisma.post.findMany({ where: { teamId: GUARDED_LET } });
}

let DEFAULTED_LET = process.env.DEFAULTED_LET_TEAM_ID ?? "team-1";
export async function defaultedModuleLet() {
  return prisma.post.findMany({ where: { teamId: DEFAULTED_LET } });
}

let ASSIGNED_LET = process.env.ASSIGNED_LET_TEAM_ID;
ASSIGNED_LET = ASSIGNED_LET || "team-1";
export async function assignedModuleLet() {
  return prisma.post.findMany({ where: { teamId: ASSIGNED_LET } });
}

export async function localLetSet(session: { teamId?: string } | null) {
  let teamId = session?.teamId;
  if (!teamId) teamId = "team-1";
  return prisma.post.findMany({ where: { teamId } });
}

const { DEFAULTED_DESTRUCTURED = "team-1" } = process.env;
export async function destructuredDefault() {
  return prisma.post.findMany({ where: { teamId: DEFAULTED_DESTRUCTURED } });
}

export async function destructuredTested() {
  const { TESTED_TEAM_ID } = process.env;
  if (!TESTED_TEAM_ID) throw new Error("TESTED_TEAM_ID is not set");
  return prisma.post.findMany({ where: { teamId: TESTED_TEAM_ID } });
}

const config = process.env;
export async function envHeldTested() {
  if (!config.TEAM_ID) throw new Error("TEAM_ID is not set");
  return prisma.post.findMany({ where: { teamId: config.TEAM_ID } });
}

// A hoisted function the module names only after its test.
const LATE = process.env.LATE_TEAM_ID;
if (!LATE) throw new Error("LATE_TEAM_ID is not set");
void listLate();
export async function listLate() {
  return prisma.post.findMany({ where: { teamId: LATE } });
}
