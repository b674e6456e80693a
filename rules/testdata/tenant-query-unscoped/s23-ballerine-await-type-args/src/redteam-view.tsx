import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();

// Operators in JSX attributes.
export async function Attributes({ id }: { id: string }) {
  return <Comp x={!prisma.business.findMany<any>({ where: { id } })} y={void prisma.business.deleteMany<any>({ where: { id } })} />; // want "findMany on tenant-scoped \"Business\" does not filter by the tenant" "deleteMany on tenant-scoped \"Business\" does not filter by the tenant"
}
