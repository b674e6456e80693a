tenancy {
  fields = ["organisationId"]
}
