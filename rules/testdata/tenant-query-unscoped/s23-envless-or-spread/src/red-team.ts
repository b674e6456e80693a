import { PrismaClient } from "@prisma/client";
const prisma = new PrismaClient();

// Attacks on reading the spreads of OR and AND lists.

// A closure that grows the const.
export const grownInClosure = async (projectId: string, id: string) => {
  const extra: object[] = [{ projectId }];
  const add = () => extra.push({ id });
  add();
  return prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...extra] } }); // want "cannot see the where of deleteMany on tenant-scoped \"Branch\": its OR list spreads \"extra\""
};

// A copy that shares the elements and changes one.
export const changedThroughCopy = async (projectId: string, id: string) => {
  const extra = [{ projectId: projectId as string | undefined, id }];
  const copy = [...extra];
  copy[0].projectId = undefined;
  return prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...extra] } }); // want "cannot see the where of deleteMany on tenant-scoped \"Branch\": its OR list spreads \"extra\""
};

// An element held in a const and changed after.
export const elementChanged = async (projectId: string, id: string) => {
  const b: { projectId?: string; id: string } = { projectId, id };
  const extra = [b];
  delete b.projectId;
  return prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...extra] } }); // want "cannot see the where of deleteMany on tenant-scoped \"Branch\""
};

// A let may be given another list.
export const letList = async (projectId: string, id: string, c: boolean) => {
  let extra = [{ projectId }];
  if (c) extra = [{ projectId: id }];
  return prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...extra] } }); // want "cannot see the where of deleteMany on tenant-scoped \"Branch\": its OR list spreads \"extra\""
};

// A module const is not the function's own.
const EVERYONE = [{ id: "main" }];
export const moduleList = async (projectId: string) =>
  prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...EVERYONE] } }); // want "cannot see the where of deleteMany on tenant-scoped \"Branch\": its OR list spreads \"EVERYONE\""

// Casts, a string guard, a nested const chain, a list given as const.
export const castList = async (projectId: string, id: string) =>
  prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...([{ id }] as const)] } }); // want "deleteMany on tenant-scoped \"Branch\" has an OR branch without the tenant"

export const stringGuard = async (projectId: string, id: string, s: string) =>
  prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...(s && [{ id }])] } }); // want "deleteMany on tenant-scoped \"Branch\" has an OR branch without the tenant"

export const constChain = async (projectId: string, id: string, c: boolean) => {
  const inner = [{ id }];
  const outer = c ? [...inner] : [];
  return prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...outer] } }); // want "deleteMany on tenant-scoped \"Branch\" has an OR branch without the tenant"
};

export const constChainScoped = async (projectId: string, id: string, c: boolean) => {
  const inner = [{ projectId, id }];
  const outer = c ? [...inner] : [];
  return prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...outer] } });
};

// An OR spread inside an AND's spread.
export const orInAnd = async (projectId: string, id: string, c: boolean) =>
  prisma.branch.deleteMany({ where: { AND: [{ id }, ...(c ? [{ OR: [{ projectId }, ...[{ id }]] }] : [{ projectId }])] } }); // want "deleteMany on tenant-scoped \"Branch\" has an OR branch without the tenant"

// The other side of a fallback is unseen: the whole list stays unseen.
export const fallbackParam = async (projectId: string, more: { id: string }[] | undefined) =>
  prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...(more ?? [])] } }); // want "cannot see the where of deleteMany on tenant-scoped \"Branch\": its OR list spreads \"\\(more\\?\\?\\[\\]\\)\""

// Many spreads: past the bound, unseen.
export const manySpreads = async (projectId: string, id: string, a: boolean, b: boolean, c: boolean, d: boolean, e: boolean) =>
  prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...(a ? [{ projectId }] : []), ...(b ? [{ projectId }] : []), ...(c ? [{ projectId }] : []), ...(d ? [{ projectId }] : []), ...(e ? [{ id }] : [])] } }); // want "cannot see the where of deleteMany on tenant-scoped \"Branch\""

// A list looped over after it is built, and handed to Object.freeze.
export const loopedList = async (projectId: string, id: string) => {
  const extra = [{ id }];
  for (const e of extra) e.id = id;
  return prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...extra] } }); // want "cannot see the where of deleteMany on tenant-scoped \"Branch\""
};

// NOT reads nothing: the NOT alone does not scope.
export const notSpread = async (projectId: string, c: boolean) =>
  prisma.branch.deleteMany({ where: { NOT: [...(c ? [{ projectId }] : [])] } }); // want "deleteMany on tenant-scoped \"Branch\" does not filter by the tenant"

// Quiet: an empty spread, a scoped list either way, the same where as a const.
export const emptySpread = async (projectId: string, id: string) =>
  prisma.branch.deleteMany({ where: { AND: [{ projectId }, ...[]], id } });

export const constWhereScoped = async (projectId: string, id: string, c: boolean) => {
  const where = { OR: [{ projectId, id }, ...(c ? [{ projectId }] : [])] };
  return prisma.branch.deleteMany({ where });
};

// A copy of the list handed to a call shares its elements.
declare function rewrite(where: object): void;
export const copyHandedOn = async (projectId: string, id: string) => {
  const extra = [{ projectId, id }];
  rewrite({ OR: [...extra] });
  return prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...extra] } }); // want "cannot see the where of deleteMany on tenant-scoped \"Branch\": its OR list spreads \"extra\""
};

// The same list spread into two queries' ORs is read in each.
export const twoQueries = async (projectId: string, id: string, c: boolean) => {
  const extra = c ? [{ id }] : [];
  await prisma.branch.findMany({ where: { OR: [{ projectId }, ...extra] } }); // want "findMany on tenant-scoped \"Branch\" has an OR branch without the tenant"
  return prisma.branch.deleteMany({ where: { AND: [{ projectId }, ...extra] } });
};

// The where const's OR pushed to after it is built.
export const orPushed = async (projectId: string, id: string) => {
  const extra = [{ projectId }];
  const where = { OR: [{ projectId }, ...extra] };
  where.OR.push({ projectId: id });
  return prisma.branch.deleteMany({ where }); // want "cannot see the where of deleteMany on tenant-scoped \"Branch\""
};

// A choice naming the const is not a spread into the list: unseen.
export const constInChoice = async (projectId: string, id: string, c: boolean) => {
  const extra = [{ id }];
  return prisma.branch.deleteMany({ where: { OR: [{ projectId }, ...(c ? extra : [])] } }); // want "cannot see the where of deleteMany on tenant-scoped \"Branch\""
};
