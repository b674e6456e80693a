# keyshade: projects, secrets, variables, environments, roles and members
# belong to a Workspace (workspaceId), secrets and variables to a Project
# (projectId). Users, their devices, sessions, tokens, OTPs and
# notifications are per user, and one-off secret shares are looked up by
# their hash alone.

schema {
  paths = ["apps/api/src/prisma/schema.prisma"]
}

tenancy {
  fields = ["workspaceId", "projectId"]
  global_models = [
    "User", "DeviceDetail", "PersonalAccessToken", "CliSession",
    "BrowserSession", "Otp", "UserEmailChange", "EmailPreference",
    "OnboardingAnswers", "ChangeNotificationSocketMap", "Metric",
    "Notification", "Share",
  ]
}
