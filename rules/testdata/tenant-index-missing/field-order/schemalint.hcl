# A project's rows carry both fields; the configuration lists the one the
# rows are filtered by first.
tenancy {
  fields = ["projectId", "organizationId"]
}
