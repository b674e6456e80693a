-- Plans are read from the billing service now.
DROP VIEW "idp_views"."IdpPlan"; -- want "view \"IdpPlan\" was removed, and other services read it; restore it, or acknowledge the break with // schemalint-ignore view-column-removed <reason>"
