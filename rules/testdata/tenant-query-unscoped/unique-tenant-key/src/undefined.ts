declare const prisma: any;

// A tenant value that may be undefined, as the only unique key of a unique
// lookup: Prisma refuses the where without it, so no other organization's
// row is touched.
export async function saveSettings(cookie: { value?: string } | null, theme: string) {
  const organizationId = cookie?.value;
  await prisma.settings.upsert({
    where: { organizationId },
    create: { id: "s", slug: "s", theme, organizationId },
    update: { theme },
  });
  await prisma.settings.findUnique({ where: { organizationId: cookie?.value } });
  await prisma.settings.update({ where: { organizationId }, data: { theme } });
  return prisma.settings.delete({ where: { organizationId } });
}

// Twins: outside a unique lookup, or beside another unique key that still
// selects a row, the filter is dropped when the value is undefined.
export async function readSettings(cookie: { value?: string } | null, slug: string) {
  const organizationId = cookie?.value;
  await prisma.settings.findFirst({ where: { organizationId } }); // want "findFirst on tenant-scoped \"Settings\" filters by a tenant value that may be undefined"
  await prisma.settings.findUnique({ where: { organizationId, slug } }); // want "findUnique on tenant-scoped \"Settings\" filters by a tenant value that may be undefined"
  await prisma.settings.updateMany({ where: { organizationId }, data: { theme: "x" } }); // want "updateMany on tenant-scoped \"Settings\" filters by a tenant value that may be undefined"
  return prisma.doc.findMany({ where: { organizationId } }); // want "findMany on tenant-scoped \"Doc\" filters by a tenant value that may be undefined"
}
