tenancy {
  fields = ["organizationId"]
  queries {
    // tRPC's context and NestJS's decorator; the third is a typo the code
    // never writes.
    caller_identity = ["ctx.session.user", "@CurrentUser", "ctx.sesion.user"] // want "caller_identity \"ctx.sesion.user\" matches nothing in the files read; remove it or fix the path"
  }
}
