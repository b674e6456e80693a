DROP VIEW "idp_views"."Directory";

CREATE VIEW "idp_views"."Directory" AS
  SELECT id,
         email AS mail, -- want "view \"Directory\" renamed column \"email\" to \"mail\" \\(was `email` at base prisma/migrations/20260101000000_init/migration.sql:3\\)"
         first_name
  FROM idp.users;

DROP VIEW "idp_views"."Legacy";
