CREATE SCHEMA IF NOT EXISTS "idp_views";

CREATE VIEW "idp_views"."Directory" AS SELECT id, email, first_name FROM idp.users;

CREATE VIEW "idp_views"."Legacy" AS SELECT id, email FROM idp.users;
