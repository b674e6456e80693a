import type { Options } from "../types";
// Kept in a table, called by key; and one called through .call.
export const tableHandler = async ({ ctx }: Options) =>
  ctx.prisma.organizationMembership.findUnique({ where: { userId: ctx.session.user.id } }); // want "findUnique on tenant-scoped \"OrganizationMembership\" does not filter by the tenant"
export const callHandler = async ({ ctx }: Options) =>
  ctx.prisma.organizationMembership.findUnique({ where: { userId: ctx.session.user.id } }); // want "findUnique on tenant-scoped \"OrganizationMembership\" does not filter by the tenant"
const handlers: Record<string, unknown> = { tableHandler };
export const byKey = (k: string, input: { userId: string }) => (handlers[k] as any)({ ctx: { session: { user: { id: input.userId } } } });
