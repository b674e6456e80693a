version = 1
schema { paths = ["prisma/schema.prisma"] }
tenancy {
  fields = ["orgId"]
  queries { caller_identity = ["ctx.session.user"] }
}
