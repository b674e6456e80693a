SELECT o.id, o.title, o."x", o.code, o.rank
FROM "Occupation" o
