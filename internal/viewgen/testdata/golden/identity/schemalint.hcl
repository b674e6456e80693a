# The identity service exposes users, tenants and role grants to two
# products: @map/@@map, enums in two database schemas, list fields, a
# composite id, optional fields and native types.

views "identity" {
  source        = ["prisma/schema"]
  source_schema = "idp"
  target_schema = "idp_views"
  prisma_output = "prisma/schema/views.prisma"
  sql_output    = "prisma/views.sql"

  expose "User" {
    view            = "IdpUser"
    fields          = ["id", "tenantId", "email", "displayName", "userTypes", "tags", "status", "avatarUrl", "creditLimit", "failedLoginAttempts", "createdAt"]
    allow_sensitive = ["failedLoginAttempts"]
    reason          = "support dashboards show accounts at risk of lockout"
  }

  expose "Tenant" {
    view   = "IdpTenant"
    fields = ["id", "slug", "name", "status", "region", "createdAt", "location"]
  }

  expose "UserRole" {
    view   = "IdpUserRole"
    fields = ["userId", "roleId", "grantedAt"]
  }

  product "fuel" {
    output = "products/fuel/prisma/schema/idp-views.prisma"
    relations = {
      IdpUser   = ["drivers Driver[]"]
      IdpTenant = ["depots Depot[] @relation(\"TenantDepots\")"]
    }
  }

  product "cards" {
    output = "products/cards/prisma/schema/idp-views.prisma"
    relations = {
      IdpUser = ["cardHolder CardHolder?", "issuedCards Card[] @relation( \"CardIssuer\" )"]
    }
  }

  grant {
    roles = ["fuel_app", "cards_app"]
  }
}
