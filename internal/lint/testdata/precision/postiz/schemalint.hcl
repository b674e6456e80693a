# Postiz: posts, media, integrations and billing belong to an Organization
# (organizationId, and orgId on a few older tables); users, the public
# marketplace, the social-mention cache and the Mastra agent tables are
# shared.

schema {
  paths = ["libraries/nestjs-libraries/src/database/prisma/schema.prisma"]
}

tenancy {
  fields = ["organizationId", "orgId"]
  global_models = [
    "User", "Trending", "TrendingLog", "ItemUser", "Star", "PopularPosts",
    "SocialMediaAgency", "SocialMediaAgencyNiche", "Announcement",
    "Mentions",
    "mastra_ai_spans", "mastra_evals", "mastra_messages", "mastra_resources",
    "mastra_scorers", "mastra_threads", "mastra_traces", "mastra_workflow_snapshot",
  ]
}
