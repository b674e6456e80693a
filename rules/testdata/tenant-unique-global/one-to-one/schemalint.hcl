tenancy {
  fields        = ["workspaceId"]
  global_models = ["User", "Country"]
}
