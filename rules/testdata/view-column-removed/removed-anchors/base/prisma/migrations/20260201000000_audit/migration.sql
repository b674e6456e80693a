DROP VIEW "idp_views"."IdpAudit";
CREATE VIEW "idp_views"."IdpAudit" AS SELECT id, email FROM idp."User";
