tenancy {
  fields = ["accountId", "accountsId"]
}
