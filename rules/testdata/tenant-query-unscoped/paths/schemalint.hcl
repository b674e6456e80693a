tenancy {
  fields = ["organizationId"]
  queries {
    paths   = ["src/**"]
    exclude = ["src/scripts/**"]
  }
}
