import type { PrismaConfig } from 'prisma'

export default {
  schema: 'prisma/schema',
  // prisma/views.sql creates and extends the enum types of the views in
  // idp_views: Migrate leaves them to it (it would recreate a type that
  // lost a value, which PostgreSQL refuses while a view uses it).
  experimental: { externalTables: true },
  enums: { external: ['idp_views.UserStatus', 'idp_views.TenantStatus'] },
} satisfies PrismaConfig
