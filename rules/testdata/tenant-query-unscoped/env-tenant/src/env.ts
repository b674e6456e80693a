import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

// An environment variable that is not set is undefined, whatever its
// declared type says, and Prisma drops the filter: every team's posts.
const TEAM = process.env.TEAM_ID;
const GUARDED = process.env.GUARDED_TEAM_ID;
if (!GUARDED) {
  throw new Error("GUARDED_TEAM_ID is not set");
}
const DEFAULTED = process.env.DEFAULTED_TEAM_ID ?? "team-1";
const ASSERTED = process.env.ASSERTED_TEAM_ID!;

export async function fromModuleConst() {
  return prisma.post.findMany({ where: { teamId: TEAM } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

export async function inline() {
  return prisma.post.findMany({ where: { teamId: process.env.TEAM_ID } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

export async function subscript() {
  return prisma.post.findMany({ where: { teamId: process.env["TEAM_ID"] } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

export async function viteStyle() {
  return prisma.post.findMany({ where: { teamId: import.meta.env.TEAM_ID } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

export async function asserted() {
  // `!` only tells the compiler: a missing variable still reaches Prisma.
  return prisma.post.findMany({ where: { teamId: ASSERTED } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

export async function localConst() {
  const teamId = process.env.TEAM_ID;
  return prisma.post.findMany({ where: { teamId } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

// Proven set before the query: quiet.
export async function guardedAtModule() {
  return prisma.post.findMany({ where: { teamId: GUARDED } });
}

export async function defaulted() {
  return prisma.post.findMany({ where: { teamId: DEFAULTED } });
}

export async function guardedLocal() {
  const teamId = process.env.TEAM_ID;
  if (!teamId) throw new Error("TEAM_ID is not set");
  return prisma.post.findMany({ where: { teamId } });
}

export async function guardedInline() {
  if (!process.env.TEAM_ID) throw new Error("TEAM_ID is not set");
  return prisma.post.findMany({ where: { teamId: process.env.TEAM_ID } });
}
