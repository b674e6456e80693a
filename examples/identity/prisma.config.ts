import type { PrismaConfig } from 'prisma'

export default {
  schema: 'prisma/schema',
} satisfies PrismaConfig
