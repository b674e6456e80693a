# Stack Auth: users, teams, auth methods, tokens, emails and payments belong
# to a Tenancy (a project's branch, tenancyId); tenancies, config overrides,
# API keys and email templates to a Project (projectId). The migration
# bookkeeping, the IdP adapter store, analytics events, caches and the
# outgoing-request, email-outbox and Bulldozer queues are shared.

schema {
  paths = ["apps/backend/prisma/schema.prisma"]
}

tenancy {
  fields = ["tenancyId", "projectId"]
  global_models = [
    "SchemaMigration", "ExternalDbSyncMetadata", "OAuthOuterInfo",
    "IdPAccountToCdfcResultMapping", "ProjectWrapperCodes", "IdPAdapterData",
    "Event", "EventIpInfo", "CacheEntry", "OutgoingRequest",
    "BulldozerTimeFoldQueue", "BulldozerTimeFoldMetadata",
    "EmailOutboxProcessingMetadata",
  ]
}
