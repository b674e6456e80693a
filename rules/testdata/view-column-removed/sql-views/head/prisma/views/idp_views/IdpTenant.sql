SELECT
  id,
  plan, -- want "view \"IdpTenant\" reorders its columns: \"plan\" is now column 2 \\(was 3 at base prisma/views/idp_views/IdpTenant.sql:1\\); CREATE OR REPLACE VIEW cannot reorder columns"
  name
FROM idp.tenants
