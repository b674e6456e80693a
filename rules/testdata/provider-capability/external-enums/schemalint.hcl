# A product consuming an owner's views: its prisma.config.ts leaves one of
# the copy's enum types to the owner and forgets the other.
consume "idp" {
  from   = "idp-views/idp-views.prisma"
  output = "prisma/schema/idp-views.prisma"
}
