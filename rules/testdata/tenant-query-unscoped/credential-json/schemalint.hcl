tenancy {
  fields = ["workspaceId"]
}
