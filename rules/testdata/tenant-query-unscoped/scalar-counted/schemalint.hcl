tenancy {
  fields = ["orgId"]
}
