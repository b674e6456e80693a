tenancy {
  fields = ["projectId"]
  queries {
    membership_models = ["ProjectUser"]
  }
}
