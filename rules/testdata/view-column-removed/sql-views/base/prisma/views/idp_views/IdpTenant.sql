SELECT id, name, plan FROM idp.tenants
