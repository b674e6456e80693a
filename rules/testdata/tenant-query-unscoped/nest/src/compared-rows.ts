import { prisma } from "./db";

// Two rows looked up by id alone and compared with each other are of the
// same team, not of the caller's: each is reported.
export async function sameTeam(a: string, b: string) {
  const first = await prisma.collection.findUnique({ where: { id: a } }); // want "findUnique on tenant-scoped \"Collection\" does not filter by the tenant"
  const second = await prisma.collection.findUnique({ where: { id: b } }); // want "findUnique on tenant-scoped \"Collection\" does not filter by the tenant"
  if (first.teamId !== second.teamId) throw new Error("not the same team");
  return [first, second];
}

export async function sameTeamDeep(a: string, b: string) {
  const first = await prisma.collection.findFirst({ where: { id: a } }); // want "findFirst on tenant-scoped \"Collection\" does not filter by the tenant"
  const second = await prisma.collection.findFirst({ where: { id: b }, include: { parent: true } }); // want "findFirst on tenant-scoped \"Collection\" does not filter by the tenant"
  if (!second?.parent || first?.teamId !== second?.parent?.teamId) throw new Error("not the same team");
  return first;
}

// Compared with the caller's team, or with a row looked up with it, the
// row is checked.
export async function callersTeam(a: string, teamId: string) {
  const mine = await prisma.collection.findFirst({ where: { id: "root", teamId } });
  const row = await prisma.collection.findUnique({ where: { id: a } });
  if (!mine || row.teamId !== mine.teamId) throw new Error("not yours");
  const other = await prisma.collection.findUnique({ where: { id: a } });
  if (other.teamId !== teamId) throw new Error("not yours");
  return [row, other];
}

// The other row's team read through a cast or by a string key is still
// that row's team.
export async function sameTeamCast(a: string, b: string) {
  const first = await prisma.collection.findUnique({ where: { id: a } }); // want "findUnique on tenant-scoped \"Collection\" does not filter by the tenant"
  const second = await prisma.collection.findUnique({ where: { id: b } }); // want "findUnique on tenant-scoped \"Collection\" does not filter by the tenant"
  if (first.teamId !== (second as any).teamId) throw new Error("not the same team");
  return first;
}

export async function sameTeamKeyed(a: string, b: string) {
  const first = await prisma.collection.findUnique({ where: { id: a } }); // want "findUnique on tenant-scoped \"Collection\" does not filter by the tenant"
  const second = await prisma.collection.findUnique({ where: { id: b } }); // want "findUnique on tenant-scoped \"Collection\" does not filter by the tenant"
  if (first.teamId !== second["teamId"]) throw new Error("not the same team");
  return first;
}

// Compared with a row the caller's team filtered, cast or keyed, the row
// is checked.
export async function callersTeamCast(a: string, teamId: string) {
  const mine = await prisma.collection.findFirst({ where: { id: "root", teamId } });
  const row = await prisma.collection.findUnique({ where: { id: a } });
  if (!mine || row.teamId !== (mine as any)["teamId"]) throw new Error("not yours");
  return row;
}
