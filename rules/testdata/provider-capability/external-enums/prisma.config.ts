import type { PrismaConfig } from 'prisma'

export default {
  schema: 'prisma/schema',
  experimental: { externalTables: true },
  enums: { external: ['idp_views.UserStatus'] },
} satisfies PrismaConfig
