version = 1
schema { paths = ["prisma/schema.prisma"] }
tenancy {
  fields = ["organizationId"]
  queries {
    caller_identity = ["ctx.session.user"]
  }
}
