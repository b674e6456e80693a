tenancy {
  fields        = ["userId"]
  global_models = ["Plan"]
}
