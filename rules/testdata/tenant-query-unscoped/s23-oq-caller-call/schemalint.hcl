version = 1
schema { paths = ["prisma/schema.prisma"] }
tenancy {
  fields = ["organisationId"]
  queries {
    // A session helper's result, and a member of another's. The third is
    // only ever called with an argument (src/lib/session.ts), which the
    // entry's form never matches.
    caller_identity = ["getCurrentUser()", "auth().user", "getUser()"] // want "caller_identity \"getUser\\(\\)\" matches nothing in the code; remove it or fix the path"
  }
}
