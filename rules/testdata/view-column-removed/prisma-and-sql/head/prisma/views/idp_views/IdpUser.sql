SELECT id, phone FROM idp.users
