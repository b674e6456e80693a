CREATE TABLE users (id text PRIMARY KEY, email text, display_name text, password_hash text);
CREATE TABLE sessions (id text PRIMARY KEY, user_id text, access_token text, device text);
CREATE TABLE tags (id text PRIMARY KEY, name text);

-- Every arm of a set operation is read; the finding sits in the arm.
CREATE VIEW "Union" AS
  SELECT id, email FROM users
  UNION SELECT id, access_token FROM sessions; -- want "view \"Union\" exposes \"Session.accessToken\" \\(column \"email\"\\)"

CREATE VIEW "Intersect" AS
  SELECT id, email FROM users
  INTERSECT
  SELECT id, device FROM sessions
  INTERSECT
  SELECT id, password_hash FROM users; -- want "view \"Intersect\" exposes \"User.passwordHash\" \\(column \"email\"\\)"

CREATE VIEW "Except" AS
  SELECT id, email FROM users
  EXCEPT ALL SELECT id, lower(access_token) FROM sessions; -- want "view \"Except\" exposes \"Session.accessToken\" \\(column \"email\"\\)"

-- Whole-row references read every column of the row.
CREATE VIEW "RowToJson" AS
  SELECT u.id, row_to_json(u) AS doc -- want "view \"RowToJson\" exposes \"User.passwordHash\" through the whole row of \"users\" \\(column \"doc\"\\), which matches the sensitive pattern \"\\*password\\*\""
  FROM users u;

CREATE VIEW "ToJsonb" AS
  SELECT s.id, to_jsonb(s) AS doc FROM sessions s; -- want "view \"ToJsonb\" exposes \"Session.accessToken\" through the whole row of \"sessions\" \\(column \"doc\"\\)"

CREATE VIEW "JsonAgg" AS
  SELECT u.id,
         json_agg(s) AS sessions, -- want "exposes \"Session.accessToken\" through the whole row of \"sessions\" \\(column \"sessions\"\\)"
         jsonb_agg(s.*) AS again -- want "exposes \"Session.accessToken\" through the whole row of \"sessions\" \\(column \"again\"\\)"
  FROM users u JOIN sessions s ON s.user_id = u.id
  GROUP BY u.id;

CREATE VIEW "BuildObject" AS
  SELECT json_build_object('user', u, 'id', u.id) AS doc FROM users u; -- want "view \"BuildObject\" exposes \"User.passwordHash\" through the whole row of \"users\""

CREATE VIEW "BareRow" AS
  SELECT u.id, u FROM users u; -- want "view \"BareRow\" exposes \"User.passwordHash\" through the whole row of \"users\" \\(column \"u\"\\)"

CREATE VIEW "StarInFunction" AS
  SELECT to_jsonb(u.*) - 'password_hash' AS doc FROM users u; -- want "view \"StarInFunction\" exposes \"User.passwordHash\" through the whole row"

-- One field of the row is that field only.
CREATE VIEW "RowField" AS
  SELECT (u).email, (u).display_name FROM users u;

-- A whole row of a table without sensitive columns still holds every
-- column added later, like *.
CREATE VIEW "Tags" AS
  SELECT row_to_json(t) AS doc FROM tags t; -- want "view \"Tags\" exposes the whole row of \"tags\" \\(column \"doc\"\\), with any column added later; list the columns it may expose"

-- CTEs, subqueries in FROM, LATERAL and scalar subqueries are followed.
CREATE VIEW "Cte" AS
  WITH latest AS (SELECT user_id, access_token AS t FROM sessions)
  SELECT l.user_id, l.t AS session FROM latest l; -- want "view \"Cte\" exposes \"Session.accessToken\" \\(column \"session\"\\)"

CREATE VIEW "CteRow" AS
  WITH u AS (SELECT id, password_hash FROM users)
  SELECT to_jsonb(u) AS doc FROM u; -- want "view \"CteRow\" exposes \"User.passwordHash\" \\(column \"doc\"\\)"

CREATE VIEW "Subquery" AS
  SELECT x.id, x.h FROM (SELECT id, md5(password_hash) AS h FROM users) x; -- want "view \"Subquery\" exposes \"User.passwordHash\" \\(column \"h\"\\)"

CREATE VIEW "SubqueryStar" AS
  SELECT x.id, x.access_token AS k FROM (SELECT * FROM sessions) x; -- want "view \"SubqueryStar\" exposes \"Session.accessToken\" \\(column \"k\"\\)"

CREATE VIEW "Lateral" AS
  SELECT u.id, kv.value AS v -- want "view \"Lateral\" exposes \"User.passwordHash\" through the whole row of \"users\" \\(column \"v\"\\)"
  FROM users u, LATERAL jsonb_each_text(to_jsonb(u)) AS kv;

CREATE VIEW "LateralSubquery" AS
  SELECT u.id, last.tok -- want "view \"LateralSubquery\" exposes \"Session.accessToken\" \\(column \"tok\"\\)"
  FROM users u, LATERAL (SELECT s.access_token AS tok FROM sessions s WHERE s.user_id = u.id LIMIT 1) last;

CREATE VIEW "Scalar" AS
  SELECT u.id,
         (SELECT s.access_token FROM sessions s WHERE s.user_id = u.id LIMIT 1) AS latest, -- want "view \"Scalar\" exposes \"Session.accessToken\" \\(column \"latest\"\\)"
         EXISTS (SELECT s.access_token FROM sessions s WHERE s.user_id = u.id) AS active
  FROM users u;

-- Reading a sensitive column only to filter exposes nothing.
CREATE VIEW "Filtered" AS
  SELECT u.id FROM users u WHERE u.password_hash IS NOT NULL;

CREATE VIEW "TwoRows" AS
  SELECT json_build_object('u', u, 's', s) AS doc FROM users u JOIN sessions s ON s.user_id = u.id; -- want "view \"TwoRows\" exposes \"User.passwordHash\" through the whole row of \"users\" and \"Session.accessToken\" through the whole row of \"sessions\" \\(column \"doc\"\\), which match the sensitive patterns \"\\*password\\*\", \"\\*token\\*\""

-- A bare name that is also a column is the column: the model's, or, for a
-- table Prisma does not know, the table's own name.
CREATE TABLE status (status text, note text);
CREATE VIEW "Status" AS SELECT status FROM status;
CREATE VIEW "Named" AS SELECT name FROM tags name;
CREATE VIEW "ExternalRow" AS SELECT to_jsonb(s) AS doc FROM status s; -- want "view \"ExternalRow\" exposes the whole row of \"status\" \\(column \"doc\"\\)"

-- A star names the sensitive columns it reaches, through subqueries too.
CREATE VIEW "StarSubquery" AS
  SELECT s.* FROM (SELECT id, access_token FROM sessions) s; -- want "view \"StarSubquery\" selects \\*, which exposes \"Session\\.accessToken\" and any column added later; list the columns it may expose"
CREATE VIEW "StarTags" AS
  SELECT * FROM tags; -- want "view \"StarTags\" selects \\*, which exposes any column added later; list the columns it may expose"
CREATE VIEW "StarUnknown" AS
  SELECT * FROM status; -- want "view \"StarUnknown\" selects \\*, which exposes sensitive columns and any added later; list the columns it may expose"
