SELECT
  id,
  seats, -- want "view \"IdpSeats\" column \"seats\" reads \"Tenant.seats\", which changed type from Int to BigInt \\(was `seats Int` at the base\\); PostgreSQL cannot change the type of a column a view reads"
  name
FROM idp.tenants
