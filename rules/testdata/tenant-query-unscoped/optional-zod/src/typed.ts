import { z } from "zod";

declare const prisma: any;

// Optional by type: destructured from a parameter whose type marks it
// optional, or typed with z.infer of a schema that does.
const ScopeInput = z.object({ organizationId: z.string().optional(), name: z.string() });
const OwnInput = z.object({ organizationId: z.string(), name: z.string() });
type Scope = z.infer<typeof ScopeInput>;

export async function listDestructured(input: { organizationId?: string }) {
  const { organizationId } = input;
  return prisma.project.findMany({ where: { organizationId } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

export async function listInferred(scope: Scope, input: z.input<typeof ScopeInput>) {
  await prisma.project.findMany({ where: { organizationId: scope.organizationId } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
  return prisma.project.findMany({ where: { organizationId: input.organizationId } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

// Twins: a required property, a required schema entry, and a test first.
export async function listRequired(input: { organizationId: string }, own: z.infer<typeof OwnInput>, scope: Scope) {
  const { organizationId } = input;
  await prisma.project.findMany({ where: { organizationId } });
  await prisma.project.findMany({ where: { organizationId: own.organizationId } });
  if (!scope.organizationId) throw new Error("organization required");
  return prisma.project.findMany({ where: { organizationId: scope.organizationId } });
}
