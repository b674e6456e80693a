SELECT
  id,
  seats, -- want "view \"IdpSeats\" column \"seats\" reads \"Tenant.seats\", which changed type from Int to BigInt \\(was `seats Int` at base prisma/schema.prisma:\\d+\\); PostgreSQL cannot change a column a view reads"
  name
FROM idp.tenants
