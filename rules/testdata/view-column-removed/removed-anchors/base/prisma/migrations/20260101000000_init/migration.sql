CREATE VIEW "idp_views"."IdpPlan" AS SELECT id FROM idp."Tenant";
