SELECT -- want "view \"IdpUser\" no longer has column \"email\" \\(was `email` at base prisma/views/idp_views/IdpUser.sql:3\\); other services read it, and CREATE OR REPLACE VIEW cannot drop a column"
  id,
  first_name,
  last_name,
  tenant_id
FROM idp.users
