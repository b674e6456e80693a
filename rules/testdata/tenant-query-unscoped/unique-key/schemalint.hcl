tenancy {
  fields = ["uid"]
}
