import { PrismaClient } from "@prisma/client";

type Input = { projectId: string; orgId: number; title: string };

declare const db: { prisma(): PrismaClient };

// What the accessor gives patched: its lookup is another function.
export async function patchedAccessor(input: Input) {
  (db.prisma() as any).project = { findFirst: async () => ({ id: input.projectId, organizationId: input.orgId }) };
  const p = await db.prisma().project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await db.prisma().project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}
