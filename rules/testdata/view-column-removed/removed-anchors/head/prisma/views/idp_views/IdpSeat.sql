-- The view block went, its definition stayed: the definition names it.
SELECT id FROM idp."Tenant" -- want "view \"IdpSeat\" was removed; other services read it"
