SELECT
  id,
  plan, -- want "view \"IdpTenant\" moves column \"plan\" to position 2 from 3; keep the base order, and append new columns at the end"
  name
FROM idp.tenants
