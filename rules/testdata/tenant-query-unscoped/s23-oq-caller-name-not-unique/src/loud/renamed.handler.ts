import type { Options } from "../types";
// Exported under another name, which a file calls with a built caller.
const renamedHandler = async ({ ctx }: Options) =>
  ctx.prisma.organizationMembership.findUnique({ where: { userId: ctx.session.user.id } }); // want "findUnique on tenant-scoped \"OrganizationMembership\" does not filter by the tenant"
export { renamedHandler as publicHandler };
