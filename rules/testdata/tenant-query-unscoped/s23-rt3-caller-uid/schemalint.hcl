tenancy {
  fields = ["organizationId"]
  queries {
    caller_identity = ["@AuthUser"]
  }
}
