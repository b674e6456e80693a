SELECT -- want "view \"IdpUser\" no longer has column \"email\" \\(was `email` at the base\\); other services read it, and CREATE OR REPLACE VIEW cannot drop a column"
  id,
  first_name,
  last_name,
  tenant_id
FROM idp.users
