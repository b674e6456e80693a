SELECT id, email, nickname FROM idp.users
