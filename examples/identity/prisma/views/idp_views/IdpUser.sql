-- What products may read of a user. Generated from the allowlist.
SELECT
  u.id,
  u.tenant_id,
  u.email,
  u.display_name,
  u.status,
  u.failed_login_attempts AS "loginFailures"
FROM idp.users AS u
