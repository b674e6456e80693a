# HeartCo: row-scoped tenancy by organizationId (seed 004).

# The rule set: rules a later schemalint makes default stay off until you raise it.
version = 1

tenancy {
  fields        = ["organizationId"]
  global_models = ["User", "Permission"]

  registry {
    file   = "src/lib/prisma-org-scope.ts"
    symbol = "ORG_SCOPED_MODELS"
  }
}

rule "tenant-unique-global" {
  severity = "error"
}
