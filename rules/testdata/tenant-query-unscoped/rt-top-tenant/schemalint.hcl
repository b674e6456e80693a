tenancy {
  fields = ["groupId"]
  queries {
    scoped_clients = ["ctx.groupDb"]
  }
}
