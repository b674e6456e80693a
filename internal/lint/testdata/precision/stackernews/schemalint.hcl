# Stacker News: one community, no tenants. The project is here for its SQL
# views: the ranking, reward and statistics views (plain and materialized)
# defined by CREATE VIEW in the migrations and read by the app and its jobs.

schema {
  paths = ["prisma/schema.prisma"]
}
