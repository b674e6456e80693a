version = 1
tenancy {
  fields = ["workspaceId"]
}
