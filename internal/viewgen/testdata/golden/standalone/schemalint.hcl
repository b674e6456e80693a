# The seed's layout: a single-file schema without multiSchema (its tables
# live in the connection's schema, "idp"), views written to a package that
# products pull in as a submodule, enums included since nothing else
# declares them there.

schema {
  paths = ["idp/prisma/schema.prisma"]
}

views "idp" {
  source        = ["idp/prisma/schema.prisma"]
  source_schema = "idp"
  target_schema = "idp_views"
  prisma_output = "idp/packages/idp-views/idp-views.prisma"
  sql_output    = "idp/packages/idp-views/create-idp-views.sql"

  expose "User" {
    view   = "IdpUser"
    fields = ["id", "email", "firstName", "lastName", "mobileNumber", "userTypes", "isActive", "tenantId", "avatarUrl", "createdAt", "updatedAt"]
  }

  expose "Tenant" {
    view   = "IdpTenant"
    fields = ["id", "name", "isActive"]
  }

  expose "Role" {
    view   = "IdpRole"
    fields = ["id", "name", "tenantId"]
  }
}
