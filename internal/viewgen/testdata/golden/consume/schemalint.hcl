# A product in its own repository: the identity service's views package
# (the standalone case's output) vendored in idp-views/ as its submodule
# holds it, copied with relations on two of its views, one of them named.

schema {
  paths = ["prisma/schema"]
}

consume "idp" {
  from   = "idp-views/idp-views.prisma"
  output = "prisma/schema/idp-views.prisma"
  relations = {
    IdpUser   = ["drivers Driver[]", "dispatchedOrders Order[] @relation( \"Dispatcher\" )"]
    IdpTenant = ["depots Depot[]"]
  }
}
