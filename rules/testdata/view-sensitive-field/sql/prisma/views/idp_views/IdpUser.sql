SELECT
  u.id,
  u.email,
  u.display_name,
  u.note AS remark -- want "view \"IdpUser\" exposes \"User.secretNote\" \\(column \"remark\"\\), which matches the sensitive pattern"
FROM idp.users u
