import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

// A module-level let or var read from the environment and never written
// again is as undefined as a const when the variable is not set.
let LET_TEAM = process.env.LET_TEAM_ID;
var VAR_TEAM = process.env.VAR_TEAM_ID;

export async function fromModuleLet() {
  return prisma.post.findMany({ where: { teamId: LET_TEAM } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

export async function fromModuleVar() {
  return prisma.post.findMany({ where: { teamId: VAR_TEAM } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

// The environment destructured.
const { DESTRUCTURED_TEAM_ID } = process.env;
export async function destructuredEnv() {
  return prisma.post.findMany({ where: { teamId: DESTRUCTURED_TEAM_ID } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

const { RENAMED_TEAM_ID: RENAMED } = process.env;
export async function renamedDestructuredEnv() {
  return prisma.post.findMany({ where: { teamId: RENAMED } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

// The environment object held in a const.
const env = process.env;
export async function envHeld() {
  return prisma.post.findMany({ where: { teamId: env.TEAM_ID } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

// Deno's and Bun's readers.
declare const Deno: { env: { get(name: string): string | undefined } };
export async function denoEnv() {
  return prisma.post.findMany({ where: { teamId: Deno.env.get("TEAM_ID") } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}
declare const Bun: { env: Record<string, string | undefined> };
export async function bunEnv() {
  return prisma.post.findMany({ where: { teamId: Bun.env.TEAM_ID } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

// A function declaration is hoisted: the module calls it before the test
// below runs, with the variable unset.
const HOISTED = process.env.HOISTED_TEAM_ID;
listHoisted();
if (!HOISTED) throw new Error("HOISTED_TEAM_ID is not set");
export async function listHoisted() {
  return prisma.post.findMany({ where: { teamId: HOISTED } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

// A module let tested at the top, cleared later by another function.
let CLEARED = process.env.CLEARED_TEAM_ID;
if (!CLEARED) throw new Error("CLEARED_TEAM_ID is not set");
export function clearTeam() {
  CLEARED = undefined;
}
export async function afterClear() {
  return prisma.post.findMany({ where: { teamId: CLEARED } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

// console.assert does not leave.
const LOGGED = process.env.LOGGED_TEAM_ID;
console.assert(LOGGED, "LOGGED_TEAM_ID is not set");
export async function consoleAsserted() {
  return prisma.post.findMany({ where: { teamId: LOGGED } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

// The test in a function that may not run first.
const LAZY = process.env.LAZY_TEAM_ID;
export function checkLazy() {
  if (!LAZY) throw new Error("LAZY_TEAM_ID is not set");
}
export async function lazy() {
  return prisma.post.findMany({ where: { teamId: LAZY } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

// A parameter of the same name hides the module's tested const.
const SHADOWED = process.env.SHADOWED_TEAM_ID ?? "team-1";
export async function shadowedByParameter(SHADOWED?: string) {
  return prisma.post.findMany({ where: { teamId: SHADOWED } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

// Tested in one module-level branch only.
const BRANCH = process.env.BRANCH_TEAM_ID;
if (process.env.NODE_ENV === "production") {
  if (!BRANCH) throw new Error("BRANCH_TEAM_ID is not set");
}
export async function branchTested() {
  return prisma.post.findMany({ where: { teamId: BRANCH } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

// A module test in a try whose catch goes on.
const CAUGHT = process.env.CAUGHT_TEAM_ID;
try {
  if (!CAUGHT) throw new Error("CAUGHT_TEAM_ID is not set");
} catch (e) {
  console.error(e);
}
export async function caughtTest() {
  return prisma.post.findMany({ where: { teamId: CAUGHT } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

// Reached through another hoisted function the module calls before its test.
const VIA = process.env.VIA_TEAM_ID;
startUp();
if (!VIA) throw new Error("VIA_TEAM_ID is not set");
function startUp() {
  void listVia();
}
export async function listVia() {
  return prisma.post.findMany({ where: { teamId: VIA } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

// A function's own let, read from an optional chain and never set again.
export async function localLet(session: { teamId?: string } | null) {
  let teamId = session?.teamId;
  return prisma.post.findMany({ where: { teamId } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

// A module const tested at the top, shadowed by a catch binding.
const CAUGHT_NAME = process.env.CAUGHT_NAME_TEAM_ID ?? "team-1";
export async function catchShadow() {
  try {
    return null;
  } catch (CAUGHT_NAME: any) {
    return prisma.post.findMany({ where: { teamId: CAUGHT_NAME?.teamId } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
  }
}
