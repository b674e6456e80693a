ignore {
  rule   = "view-column-removed"
  paths  = ["prisma/schema/legacy/**"]
  reason = "legacy views are retired with the v1 API"
}
