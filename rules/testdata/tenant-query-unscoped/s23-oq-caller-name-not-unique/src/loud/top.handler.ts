import type { Options } from "../types";
// Another file binds the name at its top level to this very function,
// then hands it on as its default.
export const topHandler = async ({ ctx }: Options) =>
  ctx.prisma.organizationMembership.findUnique({ where: { userId: ctx.session.user.id } }); // want "findUnique on tenant-scoped \"OrganizationMembership\" does not filter by the tenant"
