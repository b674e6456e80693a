# keyshade: projects, secrets, variables, environments, roles and members
# belong to a Workspace (workspaceId), secrets and variables to a Project
# (projectId). Users, their devices, sessions, tokens and OTPs are shared.

schema {
  paths = ["apps/api/src/prisma/schema.prisma"]
}

tenancy {
  fields = ["workspaceId", "projectId"]
  global_models = [
    "User", "DeviceDetail", "PersonalAccessToken", "CliSession",
    "BrowserSession", "Otp", "UserEmailChange", "EmailPreference",
    "OnboardingAnswers", "ChangeNotificationSocketMap", "Metric",
  ]
}
