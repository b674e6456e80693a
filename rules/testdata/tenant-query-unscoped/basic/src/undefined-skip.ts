declare const prisma: any;
declare const Prisma: { skip: symbol; sql: unknown };

// Prisma.skip leaves a field out of the query, as undefined does: the
// tenant filter is gone when it is chosen. Each quiet call has a twin
// that stays reported.
export async function skipped(organizationId: string, orgId: string | null, one: boolean) {
  await prisma.project.findMany({ where: { organizationId: one ? organizationId : Prisma.skip } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
  await prisma.project.findMany({ where: { organizationId: one ? organizationId : orgId } });
  await prisma.project.findMany({ where: { organizationId: orgId ?? Prisma.skip } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
  await prisma.project.findMany({ where: { organizationId: orgId ?? organizationId } });
  await prisma.project.findMany({ where: { organizationId: Prisma.skip, id: orgId } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
  await prisma.project.findMany({ where: { organizationId: { equals: Prisma.skip } } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
  await prisma.project.findMany({ where: { organizationId: { equals: organizationId } } });
}
