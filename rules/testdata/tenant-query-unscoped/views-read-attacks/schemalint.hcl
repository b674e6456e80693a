version = 1
tenancy {
  fields        = ["organizationId"]
  global_models = ["publicmapcount"]
}
