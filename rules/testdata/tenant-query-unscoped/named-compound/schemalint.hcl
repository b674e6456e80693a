tenancy {
  fields = ["spaceId"]
  global_models = ["User"]
}
