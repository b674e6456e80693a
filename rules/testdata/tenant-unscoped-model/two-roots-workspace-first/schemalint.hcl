# The same schema as two-roots-user-first, the fields in the other order.
tenancy {
  fields = ["workspaceId", "userId"]
}
