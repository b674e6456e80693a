# OpenPanel: analytics data, dashboards, reports and clients belong to a
# Project (projectId), projects and memberships to an Organization
# (organizationId). Users, their sessions, 2FA and the salt rotation are
# shared.

schema {
  paths = ["packages/db/prisma/schema.prisma"]
}

tenancy {
  fields = ["projectId", "organizationId"]
  global_models = [
    "CodeMigration", "User", "UserTotp", "TwoFactorChallenge", "Account",
    "Session", "Salt", "ResetPassword", "EmailUnsubscribe",
  ]
}
