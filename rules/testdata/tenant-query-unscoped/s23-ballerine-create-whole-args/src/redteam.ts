import { Prisma, PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();

// Attacks on the unread whole argument: each way of handing a caller's
// arguments through is said.
export async function cast(args: unknown) {
  return prisma.case.create(args as Prisma.CaseCreateArgs); // want "cannot see what create on \"Case\" links"
}

export async function angleCast(args: unknown) {
  return prisma.case.create(<Prisma.CaseCreateArgs>args); // want "cannot see what create on \"Case\" links"
}

export async function spreadArgs(args: Prisma.CaseCreateArgs) {
  return prisma.case.create({ ...args }); // want "cannot see what create on \"Case\" links"
}

export async function spreadList(list: [Prisma.CaseCreateArgs]) {
  return prisma.case.create(...list); // want "cannot see what create on \"Case\" links"
}

export async function upserted(args: Prisma.CaseUpsertArgs) {
  return prisma.case.upsert(args); // want "cannot see the where of upsert" "cannot see what upsert on \"Case\" links"
}

// A const object of this function is read: its link is the error it was.
export async function constArgs(projectId: string, businessId: string) {
  const args = { data: { projectId, businessId } }; // want "create on \"Case\" links a \"Business\" by \"businessId\" alone"
  return prisma.case.create(args);
}

// A spread after the data may replace it.
export async function spreadAfter(projectId: string, args: Prisma.CaseCreateArgs) {
  return prisma.case.create({ data: { projectId }, ...args } as any); // want "cannot see what create on \"Case\" links through this spread"
}

// Data written after the spread replaces all it may give: read as written.
export async function spreadReplaced(projectId: string, businessId: string, args: Prisma.CaseCreateArgs) {
  const business = await prisma.business.findFirstOrThrow({ where: { id: businessId, projectId } });
  return prisma.case.create({ ...args, data: { projectId, businessId: business.id } });
}

export async function spreadReplacedUnchecked(projectId: string, businessId: string, args: Prisma.CaseCreateArgs) {
  return prisma.case.create({ ...args, data: { projectId, businessId } }); // want "create on \"Case\" links a \"Business\" by \"businessId\" alone"
}

// An object literal spread is read in its place.
export async function spreadLiteral(projectId: string, businessId: string) {
  return prisma.case.create({ ...{ data: { projectId, businessId } } }); // want "create on \"Case\" links a \"Business\" by \"businessId\" alone"
}

// A key the rule cannot name may be the data.
export async function computedKey(key: 'data', value: Prisma.CaseUncheckedCreateInput) {
  return prisma.case.create({ [key]: value } as any); // want "cannot see what create on \"Case\" links: this key may name its data"
}

// An upsert's spread is replaced only by both create and update after it.
export async function upsertHalf(projectId: string, args: Prisma.CaseUpsertArgs) {
  return prisma.case.upsert({ ...args, where: { id: 'c', projectId }, create: { projectId } } as any); // want "cannot see what upsert on \"Case\" links through this spread"
}

// A model that links no judged row has nothing to see through a spread.
export async function noteSpread(args: Prisma.NoteCreateArgs) {
  return prisma.note.create({ ...args });
}
