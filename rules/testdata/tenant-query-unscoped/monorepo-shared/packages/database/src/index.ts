export const byId = (prisma: any, id: string) => prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
