version = 1
schema {
  paths = ["prisma/schema.prisma"]
}
tenancy {
  fields = ["organizationId"]
  queries { membership_models = ["Member"] }
}
