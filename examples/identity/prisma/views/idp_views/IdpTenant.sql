SELECT t.id, t.slug, t.name, t.status
FROM idp.tenants t
