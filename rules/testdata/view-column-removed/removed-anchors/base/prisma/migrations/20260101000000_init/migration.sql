CREATE VIEW "idp_views"."IdpPlan" AS SELECT id FROM idp."Tenant";
CREATE VIEW "idp_views"."IdpAudit" AS SELECT id FROM idp."User";
