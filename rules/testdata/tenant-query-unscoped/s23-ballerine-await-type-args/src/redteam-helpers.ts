import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();

// A helper that fetches with the tenant, awaited with type arguments, is
// read as the proof it is; one that fetches by id alone is not.
async function assertOwned(id: string, projectId: string) {
  const b = await prisma.business.findFirst<any>({ where: { id, projectId } });
  if (!b) throw new Error('not found');
}

async function assertExists(id: string) {
  const b = await prisma.business.findFirst<any>({ where: { id } }); // want "findFirst on tenant-scoped \"Business\" does not filter by the tenant"
  if (!b) throw new Error('not found');
}

export async function viaHelper(id: string, projectId: string) {
  await assertOwned(id, projectId);
  return prisma.business.update({ where: { id }, data: {} });
}

export async function viaBadHelper(id: string, projectId: string) {
  await assertExists(id);
  return prisma.business.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Business\" does not filter by the tenant"
}

// In a transaction's callback, in a condition, in a template: all were
// silent.
export async function inTransaction(id: string) {
  return prisma.$transaction(async (tx) => {
    if (!await tx.business.count<any>({ where: { id } })) return null; // want "count on tenant-scoped \"Business\" does not filter by the tenant"
    return `${await tx.business.findFirst<any>({ where: { id } })}`; // want "findFirst on tenant-scoped \"Business\" does not filter by the tenant"
  });
}
