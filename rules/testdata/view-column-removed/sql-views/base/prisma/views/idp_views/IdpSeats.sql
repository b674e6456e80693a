SELECT id, seats FROM idp.tenants
