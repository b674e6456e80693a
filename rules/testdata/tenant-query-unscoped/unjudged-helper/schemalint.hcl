tenancy {
  fields = ["organizationId"]
  queries {
    exclude = ["src/legacy/**"]
  }
}
