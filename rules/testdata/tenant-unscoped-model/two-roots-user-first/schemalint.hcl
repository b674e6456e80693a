# The same schema as two-roots-workspace-first, the fields in the other order.
tenancy {
  fields = ["userId", "workspaceId"]
}
