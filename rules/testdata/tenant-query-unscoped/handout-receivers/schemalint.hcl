tenancy {
  fields        = ["organizationId"]
  global_models = ["Plan"]
}
