SELECT id, email, phone FROM idp.users
