DROP VIEW "idp_views"."Directory";

CREATE VIEW "idp_views"."Directory" AS
  SELECT id,
         email AS mail, -- want "view \"Directory\" renamed column \"email\" to \"mail\""
         first_name
  FROM idp.users;

DROP VIEW "idp_views"."Legacy"; -- want "view \"idp_views\"\\.\"Legacy\" was removed, and other services read it; restore its definition, or acknowledge the break with // schemalint-ignore view-column-removed <reason>"
