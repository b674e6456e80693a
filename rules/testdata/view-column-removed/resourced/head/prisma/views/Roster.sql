SELECT
  o.id,
  upper(o.title) AS title,
  p."x",
  p.code, -- want "view \"Roster\" column \"code\" now reads \"Person.code\" and so changed type from String to Int \\(was `code String` in \"Occupation\" at the base\\); CREATE OR REPLACE VIEW cannot change a column's type"
  p.rank -- want "view \"Roster\" column \"rank\" now reads \"Person.rank\" and so is now optional .*readers typed non-null fail on its nulls"
FROM "Occupation" o
JOIN "Person" p ON p."occupationId" = o.id
