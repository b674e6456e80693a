tenancy {
  fields = ["userUid"]
}
