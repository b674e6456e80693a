SELECT id FROM idp."Tenant"
