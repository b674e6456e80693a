import { prisma } from "./db";

// A lookup that includes the row's team and hands the whole team on: when
// the id is another team's, so is every column of that team (a select of
// the team's whole row is reported the same way). See tenant-key.ts for
// the guard that reads only the team's key.
export async function teamOfCollection(id: string) {
  const collection = await prisma.collection.findUnique({ where: { id }, include: { team: true } }); // want "findUnique on tenant-scoped \"Collection\" does not filter by the tenant"
  return collection.team;
}

export async function teamOfCollectionOrNone(id: string) {
  const collection = await prisma.collection.findFirstOrThrow({ where: { id }, include: { team: true } }); // want "findFirstOrThrow on tenant-scoped \"Collection\" does not filter by the tenant"
  if (!collection?.team) return null;
  return collection.team;
}

// The row's own columns are read: the row leaves with them.
export async function collectionWithTeam(id: string) {
  const collection = await prisma.collection.findUnique({ where: { id }, include: { team: true } }); // want "findUnique on tenant-scoped \"Collection\" does not filter by the tenant"
  return { team: collection.team, title: collection.title };
}

// The whole row leaves.
export async function wholeRow(id: string) {
  const collection = await prisma.collection.findUnique({ where: { id }, include: { team: true } }); // want "findUnique on tenant-scoped \"Collection\" does not filter by the tenant"
  return collection;
}

export async function shorthandRow(id: string) {
  const collection = await prisma.collection.findUnique({ where: { id }, include: { team: true } }); // want "findUnique on tenant-scoped \"Collection\" does not filter by the tenant"
  return { collection };
}

// Another relation is included, and read.
export async function parentOf(id: string) {
  const collection = await prisma.collection.findUnique({ where: { id }, include: { team: true, parent: true } }); // want "findUnique on tenant-scoped \"Collection\" does not filter by the tenant"
  return collection.parent;
}

// The relation read is not the tenant.
export async function onlyParent(id: string) {
  const collection = await prisma.collection.findUnique({ where: { id }, include: { parent: true } }); // want "findUnique on tenant-scoped \"Collection\" does not filter by the tenant"
  return collection.parent;
}

// A list is not one row's tenant.
export async function teamsOf(title: string) {
  const collections = await prisma.collection.findMany({ where: { title }, include: { team: true } }); // want "findMany on tenant-scoped \"Collection\" does not filter by the tenant"
  return collections.map((c) => c.team);
}

// The name is declared twice: the other one is read whole.
export async function shadowed(id: string, other: string) {
  const collection = await prisma.collection.findUnique({ where: { id }, include: { team: true } }); // want "findUnique on tenant-scoped \"Collection\" does not filter by the tenant"
  {
    const collection = await prisma.collection.findUnique({ where: { id: other, teamId: "t" } });
    return collection;
  }
  return collection.team;
}

// Not bound: the row is returned whole.
export async function unbound(id: string) {
  return prisma.collection.findUnique({ where: { id }, include: { team: true } }); // want "findUnique on tenant-scoped \"Collection\" does not filter by the tenant"
}
