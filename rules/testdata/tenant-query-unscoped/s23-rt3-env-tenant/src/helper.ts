import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

function env(name: string) {
  return process.env[name];
}
export async function throughHelper() {
  return prisma.post.findMany({ where: { teamId: env("TEAM_ID") } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

const envArrow = (name: string) => process.env[name];
export async function throughArrow() {
  return prisma.post.findMany({ where: { teamId: envArrow("TEAM_ID") } }); // want "findMany on tenant-scoped \"Post\" filters by a tenant value that may be undefined"
}

// Quiet: a helper that leaves when the variable is not set.
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}
export async function throughRequired() {
  return prisma.post.findMany({ where: { teamId: required("TEAM_ID") } });
}

function withDefault(name: string) {
  return process.env[name] ?? "team-1";
}
export async function throughDefault() {
  return prisma.post.findMany({ where: { teamId: withDefault("TEAM_ID") } });
}
