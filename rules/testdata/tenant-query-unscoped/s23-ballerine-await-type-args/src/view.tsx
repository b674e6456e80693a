import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();

export async function Page({ id }: { id: string }) {
  return <div>{(await prisma.business.findUnique<any>({ where: { id } })).id}</div>; // want "findUnique on tenant-scoped \"Business\" does not filter by the tenant"
}

export async function Inline({ id }: { id: string }) {
  return <div>{await prisma.business.findUnique<any>({ where: { id } })}</div>; // want "findUnique on tenant-scoped \"Business\" does not filter by the tenant"
}
