schema {
  paths = ["packages/*/prisma/schema.prisma"]
}

tenancy {
  fields = ["organizationId"]
}
