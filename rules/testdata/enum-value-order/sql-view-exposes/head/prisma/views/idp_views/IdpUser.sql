SELECT u.id, u.role FROM idp."User" u
