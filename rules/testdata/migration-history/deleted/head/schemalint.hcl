schema {
  paths = ["prisma-shared/schema.prisma"]
}

tenant_schema "clinic" {
  schema     = "prisma-tenant/schema.prisma"
  migrations = "tenant-migrations" // want "applied tenant migration \"V003_zip\\.sql\" was deleted; restore it, and undo it in a new migration"
}
