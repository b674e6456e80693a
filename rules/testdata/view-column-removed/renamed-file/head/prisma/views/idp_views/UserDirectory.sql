SELECT id, email, avatar FROM idp.users
