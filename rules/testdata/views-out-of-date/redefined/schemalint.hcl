views "identity" {
  source        = ["prisma/schema"]
  target_schema = "idp_views"
  prisma_output = "prisma/schema/views.prisma"
  sql_output    = "prisma/views.sql"

  expose "User" {
    view   = "IdpUser"
    fields = ["id", "email", "displayName"]
  }
}
