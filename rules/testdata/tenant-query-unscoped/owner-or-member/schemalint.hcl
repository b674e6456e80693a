tenancy {
  fields = ["ownerId", "userId"]
}
