import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
type ProjectIds = string[] | undefined;
type MaybeIds = ProjectIds;
type Maybe<T> = T | undefined;
type Loop = Loop2 | string[];
type Loop2 = Loop;
type DefinedIds = string[];
interface Scope {
  projectIds?: string[];
  ownIds: ProjectIds;
  setIds: string[];
}

// `{ in: undefined }` filters nothing, so every tenant's row matches.
export async function aliasUnion(id: string, projectIds: ProjectIds) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } }); // want "findFirst on tenant-scoped \"Business\" filters by a tenant value that may be undefined"
}

export async function aliasOfAlias(id: string, projectIds: MaybeIds) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } }); // want "filters by a tenant value that may be undefined"
}

export async function genericAlias(id: string, projectIds: Maybe<string[]>) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } }); // want "filters by a tenant value that may be undefined"
}

export async function aliasInUnion(id: string, projectIds: DefinedIds | ProjectIds) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } }); // want "filters by a tenant value that may be undefined"
}

export async function unionDefault(id: string, projectIds: string[] | undefined = undefined) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } }); // want "filters by a tenant value that may be undefined"
}

export async function untypedDefault(id: string, projectIds = undefined) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } }); // want "filters by a tenant value that may be undefined"
}

export async function destructuredDefault(id: string, { projectIds = undefined }: { projectIds?: string[] }) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } }); // want "filters by a tenant value that may be undefined"
}

export async function destructuredOptional(id: string, { projectIds }: { projectIds?: string[] }) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } }); // want "filters by a tenant value that may be undefined"
}

export async function destructuredInterface(id: string, { projectIds }: Scope) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } }); // want "filters by a tenant value that may be undefined"
}

export async function destructuredAliasProp(id: string, { ownIds }: Scope) {
  return prisma.business.findFirst({ where: { id, projectId: { in: ownIds } } }); // want "filters by a tenant value that may be undefined"
}

// Twins the rule warned before.
export async function unionNoDefault(id: string, projectIds: string[] | undefined) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } }); // want "filters by a tenant value that may be undefined"
}

export async function optionalParam(id: string, projectIds?: string[]) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } }); // want "filters by a tenant value that may be undefined"
}

// Near misses that stay silent: the value is always set.
export async function definedAlias(id: string, projectIds: DefinedIds) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } });
}

export async function cyclicAlias(id: string, projectIds: Loop) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } });
}

export async function setDefault(id: string, projectIds: ProjectIds = []) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } });
}

export async function destructuredSet(id: string, { setIds }: Scope) {
  return prisma.business.findFirst({ where: { id, projectId: { in: setIds } } });
}

export async function destructuredSetDefault(id: string, { projectIds = [] }: Scope) {
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } });
}

export async function guardedAlias(id: string, projectIds: ProjectIds) {
  if (!projectIds) throw new Error('no project');
  return prisma.business.findFirst({ where: { id, projectId: { in: projectIds } } });
}
