SELECT id FROM idp.users
