SELECT id, phone, mobile FROM idp.users
