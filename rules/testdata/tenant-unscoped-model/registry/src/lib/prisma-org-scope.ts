import { Prisma } from "@prisma/client";

// Models auto-filtered by organizationId in ctx.orgDb.
export const ORG_SCOPED_MODELS: ReadonlySet<Prisma.ModelName> = new Set([
  "Invoice",
  // "Quote", commented out entries do not count
  "CrmDeal", // want "ORG_SCOPED_MODELS lists \"CrmDeal\", but the schema has no model of that name"
  'Permission', // want "lists \"Permission\", but model \"Permission\" has no tenant field"
]);
