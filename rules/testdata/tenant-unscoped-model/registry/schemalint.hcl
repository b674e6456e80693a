tenancy {
  global_models = ["Permission"]
  registry {
    file   = "src/lib/prisma-org-scope.ts"
    symbol = "ORG_SCOPED_MODELS"
  }
}
