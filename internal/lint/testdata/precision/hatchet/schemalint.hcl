# Hatchet (v0, Prisma era): every workflow, run and worker row belongs to a
# Tenant through tenantId; users, their logins and the engine's partition and
# dispatcher bookkeeping are shared by all tenants.

schema {
  paths = ["prisma/schema.prisma"]
}

tenancy {
  fields = ["tenantId"]
  global_models = [
    "User", "UserOAuth", "UserPassword", "UserSession",
    "ControllerPartition", "SchedulerPartition", "TenantWorkerPartition",
    "Dispatcher", "Ticker", "SecurityCheckIdent",
  ]
}
