tenancy {
  fields = ["guildId"]
}
