tenancy {
  fields = ["organizationId"]
}
