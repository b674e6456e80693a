tenancy {
  fields = ["organizationId"]
  queries {
    membership_models = ["Member"]
  }
}
