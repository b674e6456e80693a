tenancy {
  fields        = ["organizationId"]
  global_models = ["User"]
}
