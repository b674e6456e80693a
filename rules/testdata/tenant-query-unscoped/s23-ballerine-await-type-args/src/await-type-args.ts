import { PrismaClient, Prisma } from '@prisma/client';
const prisma = new PrismaClient();

// tree-sitter's grammar binds a prefix operator tighter than a call with
// type arguments (`(await prisma.case.create)<any>(...)`): each of these
// calls must be read as the call TypeScript reads.

// The create links another tenant's Business by a caller-given id.
export async function linkAwaited(projectId: string, businessId: string) {
  return await prisma.case.create<any>({ data: { projectId, businessId } }); // want "create on \"Case\" links a \"Business\" by \"businessId\" alone"
}

// An id-only update: the error, not "cannot follow the update handed out".
export async function updateAwaited(id: string) {
  return await prisma.business.update<any>({ where: { id }, data: { projectId: 'p' } }); // want "update on tenant-scoped \"Business\" does not filter by the tenant"
}

export async function updateVoid(id: string) {
  void prisma.business.update<any>({ where: { id }, data: {} }); // want "update on tenant-scoped \"Business\" does not filter by the tenant"
}

export async function foundNot(id: string) {
  return !(await prisma.business.findFirst<any>({ where: { id } })); // want "findFirst on tenant-scoped \"Business\" does not filter by the tenant"
}

export async function foundNotAwaited(id: string) {
  return !await prisma.business.findFirst<any>({ where: { id } }); // want "findFirst on tenant-scoped \"Business\" does not filter by the tenant"
}

export async function typeofCall(id: string) {
  return typeof prisma.business.findFirst<any>({ where: { id } }); // want "findFirst on tenant-scoped \"Business\" does not filter by the tenant"
}

export async function awaitedTwice(id: string) {
  return await await prisma.business.delete<any>({ where: { id } }); // want "delete on tenant-scoped \"Business\" does not filter by the tenant"
}

// The chain after the call belongs to the awaited call.
export async function chained(id: string) {
  return await prisma.business.findUnique<any>({ where: { id } }).cases(); // want "findUnique on tenant-scoped \"Business\" does not filter by the tenant"
}

export async function chainedThen(id: string) {
  return await prisma.business.findMany<any>({ where: { id } }).then((r: any) => r[0]); // want "findMany on tenant-scoped \"Business\" does not filter by the tenant"
}

export async function nonNull(id: string) {
  return (await prisma.business.findFirst<any>({ where: { id } })!).id; // want "findFirst on tenant-scoped \"Business\" does not filter by the tenant"
}

// Nested and several type arguments, an optional chain, a comment.
export async function nestedTypeArgs(id: string) {
  return await prisma.business.findFirst<Prisma.BusinessFindFirstArgs<{ include: { cases: true } }>, Map<string, Set<number>>>({ where: { id } }); // want "findFirst on tenant-scoped \"Business\" does not filter by the tenant"
}

export async function optionalChain(id: string, db?: PrismaClient) {
  return await db?.business.updateMany<any>({ where: { id }, data: {} }); // want "updateMany on tenant-scoped \"Business\" does not filter by the tenant"
}

export async function commented(id: string) {
  return await /* the row */ prisma.business.deleteMany<any>({ where: { id } }); // want "deleteMany on tenant-scoped \"Business\" does not filter by the tenant"
}

// An awaited call inside the arguments of another.
export async function inner(projectId: string, id: string) {
  return await prisma.case.findMany<any>({ where: { projectId, businessId: (await prisma.business.findFirst<any>({ where: { id } })).id } }); // want "findFirst on tenant-scoped \"Business\" does not filter by the tenant"
}

// Near misses that stay silent: scoped, so the proof reads them as before.
export async function scopedAwaited(projectId: string, id: string) {
  return await prisma.business.update<any>({ where: { id, projectId }, data: {} });
}

export async function scopedVoid(projectId: string, id: string) {
  void prisma.business.deleteMany<any>({ where: { id, projectId } });
}

export async function scopedCreate(projectId: string) {
  return await prisma.case.create<any>({ data: { projectId, business: { connect: { id_projectId: { id: 'b', projectId } } } } });
}

// Comparisons that are no calls of a delegate stay silent.
export function compares(a: number, b: number, c: number) {
  const x = !a < b;
  const y = a < b > (c);
  const z = -a < b > (c);
  return [x, y, z];
}

// The twins the survey gave, reported before the fix too.
export async function linkTwin(projectId: string, businessId: string) {
  return prisma.case.create<any>({ data: { projectId, businessId } }); // want "create on \"Case\" links a \"Business\" by \"businessId\" alone"
}

export async function updateTwin(id: string) {
  return await (prisma.business.update<any>({ where: { id }, data: { projectId: 'p' } })); // want "update on tenant-scoped \"Business\" does not filter by the tenant"
}
