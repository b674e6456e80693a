tenancy {
  fields = ["projectId"]
}
