tenancy {
  fields = ["teamId"]
}
