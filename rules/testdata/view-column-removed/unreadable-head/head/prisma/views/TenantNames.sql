-- A view file that cannot be read is its own finding; the view is not
-- also called removed.
SELECT id, name FROM tenants;
SELECT 1; -- want "the file of view \"TenantNames\" holds a statement besides its SELECT"
