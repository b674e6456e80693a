tenancy {
  fields = ["organizationId"]
  queries {
    scoped_clients = ["ctx.orgDb", "this.scoped"]
  }
}
