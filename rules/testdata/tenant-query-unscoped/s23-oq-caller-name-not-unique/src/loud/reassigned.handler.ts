import type { Options } from "../types";
// Another file declares a function of this name, then gives the name this
// very function and hands it on as its default.
export const swappedHandler = async ({ ctx }: Options) =>
  ctx.prisma.organizationMembership.findUnique({ where: { userId: ctx.session.user.id } }); // want "findUnique on tenant-scoped \"OrganizationMembership\" does not filter by the tenant"
