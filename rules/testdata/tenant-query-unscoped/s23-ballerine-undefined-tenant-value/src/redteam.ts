import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
type Ids = (string[] | undefined);
type NullableIds = string[] | null;
type Scoped = { projectIds: Ids };

// Attacks on the reading of aliases and defaults: each value may be
// undefined, a filter Prisma drops.
export async function voidDefault(id: string, projectIds: string[] | undefined = void 0) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } }); // want "filters by a tenant value that may be undefined"
}

export async function castDefault(id: string, projectIds: string[] = undefined as any) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } }); // want "filters by a tenant value that may be undefined"
}

export async function parenthesizedAlias(id: string, projectIds: Ids | NullableIds) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } }); // want "filters by a tenant value that may be undefined"
}

export async function renamedDefault(id: string, { projectIds: ids = undefined }: { projectIds?: string[] }) {
  return prisma.business.findFirst({ where: { id, projectId: { in: ids } } }); // want "filters by a tenant value that may be undefined"
}

export async function aliasProperty(id: string, { projectIds }: Scoped) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } }); // want "filters by a tenant value that may be undefined"
}

export async function arrowDefault(id: string) {
  const find = async (projectId: string | undefined = undefined) => prisma.business.findFirst({ where: { id, projectId } }); // want "filters by a tenant value that may be undefined"
  return find();
}

// Near misses: an alias without undefined, a set default.
export async function nullableAlias(id: string, projectIds: NullableIds) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds ?? [] } } });
}

export async function renamedSetDefault(id: string, { projectIds: ids = [] }: { projectIds?: string[] }) {
  return prisma.business.findFirst({ where: { id, projectId: { in: ids } } });
}
