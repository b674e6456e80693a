// The Role expose was taken out; the Tenant one is still there, but its
// view was deleted from the generated file by hand.
views "identity" { // want "view \"IdpRole\" was removed, and other services read it; restore it"
  source        = ["prisma/schema/schema.prisma"]
  target_schema = "idp_views"
  prisma_output = "prisma/schema/views.prisma"

  expose "User" {
    view   = "IdpUser"
    fields = ["id", "email"]
  }

  expose "Tenant" {
    view   = "IdpTenant" // want "view \"IdpTenant\" was removed, and other services read it; restore it"
    fields = ["id", "name"]
  }
}
