SELECT id, nickname FROM idp.users
