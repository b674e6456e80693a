import type { Options } from "../types";
// Re-exported by a barrel under another name, which a file calls with a
// built caller.
export const reexportedHandler = async ({ ctx }: Options) =>
  ctx.prisma.organizationMembership.findUnique({ where: { userId: ctx.session.user.id } }); // want "findUnique on tenant-scoped \"OrganizationMembership\" does not filter by the tenant"
