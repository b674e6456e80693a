tenancy {
  fields = ["namespaceId"]
}
