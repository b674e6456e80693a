-- Plans are read from the billing service now.
DROP VIEW "idp_views"."IdpPlan"; -- want "view \"IdpPlan\" was removed; other services read it"
