schema {
  paths = ["apps/*/prisma/schema.prisma"]
}

tenancy {
  fields = ["organizationId"]
}
