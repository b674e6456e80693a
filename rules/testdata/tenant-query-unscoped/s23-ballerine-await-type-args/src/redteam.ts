import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();

// Attacks on the reading of prefix operators before calls with type
// arguments: each call is read as TypeScript reads it.
class Repo {
  constructor(private prisma: PrismaClient) {}
  async byId(id: string) {
    return await this.prisma.business.findFirst<any>({ where: { id } }); // want "findFirst on tenant-scoped \"Business\" does not filter by the tenant"
  }
  byIdArrow = async (id: string) => await this.prisma.business.findFirst<{ a: string }>({ where: { id } }); // want "findFirst on tenant-scoped \"Business\" does not filter by the tenant"
}

export async function voidAwait(id: string) {
  return void await prisma.business.update<(x: number) => void>({ where: { id }, data: {} }); // want "update on tenant-scoped \"Business\" does not filter by the tenant"
}

export async function asAny(id: string) {
  return await prisma.business.update<string extends 'a' ? 1 : 2>({ where: { id }, data: {} }) as any; // want "update on tenant-scoped \"Business\" does not filter by the tenant"
}

export async function subscripted(id: string) {
  return (await prisma.business.findMany<any>({ where: { id } }))[0]; // want "findMany on tenant-scoped \"Business\" does not filter by the tenant"
}

export async function subscriptedAwait(id: string) {
  return await prisma.business.findMany<any>({ where: { id } })[0]; // want "findMany on tenant-scoped \"Business\" does not filter by the tenant"
}

export async function spread(id: string) {
  return { ...await prisma.business.findFirst<any>({ where: { id } }) }; // want "findFirst on tenant-scoped \"Business\" does not filter by the tenant"
}

// A fetch by id compared with the caller's tenant before the update: the
// awaited, typed fetch is now seen, and so is the proof it gives.
export async function comparedFirst(id: string, projectId: string) {
  const row = await prisma.business.findFirst<any>({ where: { id } });
  if (row.projectId !== projectId) throw new Error('not yours');
  return prisma.business.update({ where: { id }, data: {} });
}

// The same fetch not compared proves nothing: both calls stay reported.
export async function notCompared(id: string) {
  const row = await prisma.business.findFirst<any>({ where: { id } }); // want "findFirst on tenant-scoped \"Business\" does not filter by the tenant"
  if (!row) throw new Error('missing');
  return prisma.business.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Business\" does not filter by the tenant"
}
