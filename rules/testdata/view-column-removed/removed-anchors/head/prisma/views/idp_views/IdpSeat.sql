-- The view block went, its definition stayed: the definition names it.
SELECT id FROM idp."Tenant" -- want "view \"IdpSeat\" was removed, and other services read it; restore it, or acknowledge the break with // schemalint-ignore view-column-removed <reason>"
