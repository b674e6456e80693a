# Only the application's schema is checked; the example's schema beside it
# makes this a repository of two projects.
schema {
  paths = ["packages/prisma/prisma/schema.prisma"]
}

tenancy {
  fields = ["organizationId"]
}
