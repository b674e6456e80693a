SELECT
  id,
  name, -- want "view \"IdpPlan\" inserts column \"name\" before existing column \"plan\"; move \"name\" to the end of the select list"
  plan
FROM idp.tenants
