SELECT id, email FROM idp.users
