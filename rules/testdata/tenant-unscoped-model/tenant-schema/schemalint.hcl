schema {
  paths = ["prisma-shared/schema.prisma"]
}

tenancy {
  fields = ["organizationId"]
}

tenant_schema "clinic" {
  schema     = "prisma-tenant/schema.prisma"
  migrations = "tenant-migrations"
}
