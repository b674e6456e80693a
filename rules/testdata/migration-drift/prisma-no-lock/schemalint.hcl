# The Prisma Migrate history is compared only on request.
rule "migration-drift" {
  prisma_migrations = true
}
