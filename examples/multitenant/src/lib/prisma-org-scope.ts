import { Prisma } from "../../generated/prisma";

/**
 * Models that ctx.orgDb filters by organizationId on findMany, findFirst and
 * findFirstOrThrow. Keep in sync with prisma/schema.prisma.
 */
export const ORG_SCOPED_MODELS = new Set<Prisma.ModelName>([
  "Membership",
  "Client",
  "Invoice",
  "Quote",
  "Notification",
  "Payslip",
]);

export function withOrgScope(organizationId: string) {
  return { organizationId };
}
