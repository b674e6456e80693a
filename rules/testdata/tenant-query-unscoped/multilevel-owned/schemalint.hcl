tenancy {
  fields = ["organisationId", "teamId"]
}
