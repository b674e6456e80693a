tenancy {
  fields = ["groupId"]
  queries {
    caller_identity = ["ctx.session.user"]
  }
}
