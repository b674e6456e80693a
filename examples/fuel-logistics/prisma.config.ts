import type { PrismaConfig } from 'prisma'

export default {
  schema: 'prisma/schema',
  // The identity service creates the enum types of its views in idp_views
  // with the views: this product's Migrate leaves them to it.
  experimental: { externalTables: true },
  enums: { external: ['idp_views.UserStatus', 'idp_views.TenantStatus'] },
} satisfies PrismaConfig
