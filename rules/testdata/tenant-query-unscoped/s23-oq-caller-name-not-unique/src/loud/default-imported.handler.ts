import type { Options } from "../types";
// Default-exported, and the default is imported and called with a built caller.
export const defaultImportedHandler = async ({ ctx }: Options) =>
  ctx.prisma.organizationMembership.findUnique({ where: { userId: ctx.session.user.id } }); // want "findUnique on tenant-scoped \"OrganizationMembership\" does not filter by the tenant"
export default defaultImportedHandler;
