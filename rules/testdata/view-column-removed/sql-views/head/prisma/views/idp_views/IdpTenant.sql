SELECT
  id,
  plan, -- want "view \"IdpTenant\" reorders its columns: \"plan\" is now column 2, which was column 3 at the base; CREATE OR REPLACE VIEW cannot reorder columns"
  name
FROM idp.tenants
