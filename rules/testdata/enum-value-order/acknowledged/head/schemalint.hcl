ignore {
  rule   = "enum-value-order"
  paths  = ["prisma/schema/legacy/**"]
  reason = "legacy enums are only read by the archive job, which sorts by name"
}
