-- level is unqualified with two tables in FROM; Occupation still has it.
SELECT
  o.id,
  level -- want "view \"Levels\" column \"level\" reads \"Occupation.level\", which changed type from Int to BigInt"
FROM "Occupation" o
JOIN "Person" p ON p."occupationId" = o.id
