version = 1
tenancy {
  fields = ["organizationId"]
}
