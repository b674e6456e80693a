import { prisma } from "./lib/db";

// Prisma drops { in: undefined } as it drops undefined itself: a list of
// tenants that may be undefined filters nothing.
export async function maybeNoList(orgIds?: string[], input?: { orgIds?: string[] }) {
  await prisma.project.findMany({ where: { organizationId: { in: orgIds } } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
  await prisma.project.deleteMany({ where: { organizationId: { in: input?.orgIds } } }); // want "deleteMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

// Near misses, quiet: a list that is always there, one given a default,
// one built here.
export async function alwaysAList(orgIds: string[], more?: string[], rows: { organizationId: string }[] = []) {
  await prisma.project.findMany({ where: { organizationId: { in: orgIds } } });
  await prisma.project.findMany({ where: { organizationId: { in: more ?? [] } } });
  await prisma.project.findMany({ where: { organizationId: { in: rows.map((r) => r.organizationId) } } });
}
