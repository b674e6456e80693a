import { prisma } from "./db";

// A lookup that includes the row's team and reads nothing of it but the
// team's key finds whose row an id is, for the caller (a guard) to check.
export async function teamIdOfCollection(id: string) {
  const collection = await prisma.collection.findUnique({ where: { id }, include: { team: true } });
  return collection.team.id;
}

export async function teamIdOfCollectionOrNone(id: string) {
  const collection = await prisma.collection.findFirstOrThrow({ where: { id }, include: { team: true } });
  if (!collection?.team) return null;
  return collection?.team?.id;
}

// Twins: a relation of the team read through it, or the team handed to a
// function whole.
export async function tokensOfTeam(id: string) {
  const collection = await prisma.collection.findUnique({ where: { id }, include: { team: true } }); // want "findUnique on tenant-scoped \"Collection\" does not filter by the tenant"
  return collection.team.tokens;
}

export async function teamHandedOn(id: string, send: (team: unknown) => void) {
  const collection = await prisma.collection.findUnique({ where: { id }, include: { team: true } }); // want "findUnique on tenant-scoped \"Collection\" does not filter by the tenant"
  send(collection.team);
}
