SELECT id, level FROM "Occupation"
