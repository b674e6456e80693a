tenancy {
  fields = ["accountId"]
}
