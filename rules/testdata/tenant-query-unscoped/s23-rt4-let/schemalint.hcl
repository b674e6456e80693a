version = 1
tenancy {
  fields = ["teamId"]
}
