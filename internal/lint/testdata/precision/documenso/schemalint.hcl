# Documenso: envelopes (documents and templates), folders, webhooks and API
# tokens belong to a Team (teamId); teams, members, groups, billing and email
# domains belong to an Organisation (organisationId). Accounts, sessions,
# passkeys, verification tokens, site settings, the job queue and the
# SMTP transports admins attach to plans are shared.

schema {
  paths = ["packages/prisma/schema.prisma"]
}

tenancy {
  fields = ["teamId", "organisationId"]
  global_models = [
    "User", "UserSecurityAuditLog", "PasswordResetToken", "Passkey",
    "AnonymousVerificationToken", "VerificationToken", "Account", "Session",
    "SiteSettings", "BackgroundJob", "BackgroundJobTask", "AvatarImage",
    "Counter", "RateLimit", "SubscriptionClaim",
    "EmailTransport",
  ]
}
