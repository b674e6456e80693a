tenancy {
  fields = ["groupId"]
  queries {
    caller_identity   = ["ctx.session.user"]
    membership_models = ["GroupUser"]
  }
}
