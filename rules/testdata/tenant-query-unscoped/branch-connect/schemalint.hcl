tenancy {
  fields = ["ownerId"]
}
