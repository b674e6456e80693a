import type { Options } from "../types";
export const computedHandler = async ({ ctx }: Options) =>
  ctx.prisma.organizationMembership.findUnique({ where: { userId: ctx.session.user.id } }); // want "findUnique on tenant-scoped \"OrganizationMembership\" does not filter by the tenant"
