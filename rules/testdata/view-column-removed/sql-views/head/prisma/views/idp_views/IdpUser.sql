SELECT -- want "view \"IdpUser\" no longer has column \"email\"; add it back, or acknowledge the break with // schemalint-ignore view-column-removed <reason>"
  id,
  first_name,
  last_name,
  tenant_id
FROM idp.users
