SELECT
  o.id,
  upper(o.title) AS title,
  p."x",
  p.code, -- want "view \"Roster\" column \"code\" now reads \"Person\\.code\" and so changed type from String to Int; read a column like the old one, or acknowledge the break with // schemalint-ignore view-column-removed <reason>"
  p.rank -- want "view \"Roster\" column \"rank\" now reads \"Person\\.rank\" and so is now optional"
FROM "Occupation" o
JOIN "Person" p ON p."occupationId" = o.id
