tenancy {
  fields = ["organizationId"]
  queries {
    caller_identity = ["ctx.session.user", "@CurrentUser"]
  }
}
