# The fuel-logistics product in its own repository: its tables in
# fuel_logistics, the identity service's views in idp_views. idp-views/ is
# the identity service's views package, pulled as a git submodule and never
# edited here.

# The rule set: rules a later schemalint makes default stay off until you raise it.
version = 1

schema {
  paths = ["prisma/schema"]
}

tenancy {
  fields = ["tenantId"]
}

# The copy of the identity views with this product's relations (replaces
# idp-relations.conf and add-relations.sh): `schemalint fix` writes it,
# `schemalint check` reports it stale after the submodule moves.
consume "idp" {
  from      = "idp-views/idp-views.prisma"
  output    = "prisma/schema/idp-views.prisma"
  relations = { IdpUser = ["drivers Driver[]"] }
}
