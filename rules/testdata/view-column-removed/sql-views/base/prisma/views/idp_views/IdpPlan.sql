SELECT id, plan FROM idp.tenants
