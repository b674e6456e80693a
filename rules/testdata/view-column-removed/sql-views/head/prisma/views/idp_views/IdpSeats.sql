SELECT
  id,
  seats, -- want "view \"IdpSeats\" column \"seats\" reads \"Tenant\\.seats\", which changed type from Int to BigInt; keep the field as it was, or acknowledge the break with // schemalint-ignore view-column-removed <reason>"
  name
FROM idp.tenants
