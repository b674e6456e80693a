tenancy {
  fields = ["projectId", "environmentId"]
}
