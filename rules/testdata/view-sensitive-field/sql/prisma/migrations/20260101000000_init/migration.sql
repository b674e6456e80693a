CREATE SCHEMA IF NOT EXISTS "idp_views";

CREATE TABLE "idp"."users" ("id" TEXT PRIMARY KEY, "email" TEXT, "note" TEXT, "password_hash" TEXT, "display_name" TEXT);

-- An old definition, replaced below: only the latest one counts.
CREATE VIEW "idp_views"."Legacy" AS SELECT id, password_hash FROM idp.users;

CREATE OR REPLACE VIEW "idp_views"."Legacy" AS SELECT id FROM idp.users;

CREATE VIEW "idp_views"."Everything" AS SELECT * FROM idp.users; -- want "view \"Everything\" selects \\*, which exposes \"User\\.secretNote\", \"User\\.passwordHash\" and any column added later; list the columns it may expose"

CREATE VIEW "idp_views"."Hashes" AS
  SELECT id,
         lower(password_hash) AS h -- want "view \"Hashes\" exposes \"User.passwordHash\" \\(column \"h\"\\)"
  FROM idp.users;
