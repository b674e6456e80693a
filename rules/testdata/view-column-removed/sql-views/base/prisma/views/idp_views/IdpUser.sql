SELECT
  id,
  email,
  first_name,
  last_name
FROM idp.users
