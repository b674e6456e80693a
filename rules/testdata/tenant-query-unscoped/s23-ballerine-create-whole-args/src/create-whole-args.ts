import { Prisma, PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();

// The whole argument is a parameter: a caller can pass
// { data: { projectId, businessId: theirs } }, so what the create links is
// as unseen as when only its data is a parameter.
export async function createWhole(args: Prisma.CaseCreateArgs) {
  return prisma.case.create(args); // want "cannot see what create on \"Case\" links"
}

export async function createWholeTyped<T extends Prisma.CaseCreateArgs>(args: Prisma.SelectSubset<T, Prisma.CaseCreateArgs>) {
  return await prisma.case.create<T>(args); // want "cannot see what create on \"Case\" links"
}

export async function createManyWhole(args: Prisma.CaseCreateManyArgs) {
  return prisma.case.createMany(args); // want "cannot see what createMany on \"Case\" links"
}

export async function createChosen(a: Prisma.CaseCreateArgs, b: Prisma.CaseCreateArgs, first: boolean) {
  return prisma.case.create(first ? a : b); // want "cannot see what create on \"Case\" links"
}

declare function buildArgs(): Promise<Prisma.CaseCreateArgs>;
export async function createBuilt() {
  return prisma.case.create(await buildArgs()); // want "cannot see what create on \"Case\" links"
}

// The twin the survey gave: only the data is a parameter.
export async function createData(data: Prisma.CaseUncheckedCreateInput) {
  return prisma.case.create({ data }); // want "cannot see what create on \"Case\" links"
}

// A model that links no judged row has nothing to see: silent.
export async function createNote(args: Prisma.NoteCreateArgs) {
  return prisma.note.create(args);
}

// Data written here, scoped: silent.
export async function createScoped(projectId: string, businessId: string) {
  const business = await prisma.business.findFirstOrThrow({ where: { id: businessId, projectId } });
  return prisma.case.create({ data: { projectId, businessId: business.id } });
}

// Some other object's method of the same name, given two arguments, is no
// client's operation: silent.
declare const services: { case: { create(projectId: string, body: unknown): Promise<unknown> } };
export async function serviceCreate(projectId: string, body: unknown) {
  return services.case.create(projectId, body);
}
