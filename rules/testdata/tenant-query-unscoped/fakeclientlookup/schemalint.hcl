version = 1
tenancy {
  fields = ["organizationId"]
  queries {
    scoped_clients = ["ctx.orgDb"]
  }
}
