SELECT u.id, u.email FROM users u
UNION ALL
SELECT s.id, s.access_token FROM sessions s -- want "view \"Profiles\" exposes \"Session.accessToken\" \\(column \"email\"\\)"
