tenancy {
  fields = ["teamId", "spaceId", "baseId"]
}
