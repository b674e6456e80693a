tenancy {
  fields = ["projectId", "orgId"]
}
