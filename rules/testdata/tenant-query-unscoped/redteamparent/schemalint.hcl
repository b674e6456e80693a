tenancy {
  fields = ["organizationId", "projectId"]
}
