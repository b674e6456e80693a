schema {
  paths = ["prisma-shared/schema.prisma"]
}

tenant_schema "clinic" {
  schema     = "prisma-tenant/schema.prisma"
  migrations = "tenant-migrations"
}
