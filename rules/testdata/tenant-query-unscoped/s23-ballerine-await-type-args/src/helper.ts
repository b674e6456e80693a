import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();

// A handed-out delegate, called awaited with type arguments: the hand-out
// is said, as without them.
export async function handedOut(id: string) {
  const businesses = prisma.business; // want "cannot follow the \"Business\" client handed out here"
  return await businesses.update<any>({ where: { id }, data: {} });
}

// A repository that scopes through a helper taking its where.
export async function findScoped(where: { id: string }, projectId: string) {
  return await prisma.business.findFirst<any>({ where: { ...where, projectId } });
}
