tenancy {
  fields = ["organizationId"]
  queries {
    // tRPC's context and NestJS's decorator; the third is a typo the code
    // never writes; the fourth a decorator only a controller that makes
    // no query uses (src/controller.ts), its service taking a plain id.
    caller_identity = ["ctx.session.user", "@CurrentUser", "ctx.sesion.user", "@AuthUser"] // want "caller_identity \"ctx.sesion.user\" matches nothing in the code; remove it or fix the path" "caller_identity \"@AuthUser\" appears only where no tenant-scoped model is queried \\(as in \".*src/controller.ts\"\\), so it proves no query's caller; name the caller as the querying functions see it, or remove it"
  }
}
