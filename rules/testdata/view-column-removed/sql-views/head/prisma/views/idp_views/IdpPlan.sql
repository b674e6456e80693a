SELECT
  id,
  name, -- want "view \"IdpPlan\" inserts column \"name\" before existing column \"plan\"; CREATE OR REPLACE VIEW can only append columns: move \"name\" to the end"
  plan
FROM idp.tenants
